// Vietnamese texts of the Briefing view's chrome: the form, the toolbar, messages (merged
// into vi.ts; briefing.en.ts is typed against these keys). The briefing itself prints the
// backend's words (`Labels`), so the preview, PDF, HTML and Markdown say the same thing.

export const briefingVi = {
  viewBriefing: 'Báo cáo',

  // The form
  bfFormLabel: 'Phạm vi báo cáo',
  bfPeriod: 'Kỳ báo cáo',
  bfFrom: 'Từ ngày',
  bfTo: 'Đến ngày',
  bfLast30: '30 ngày gần nhất',
  bfLast30Hint: 'Kỳ báo cáo là 30 ngày gần nhất, tính đến hôm nay',
  bfDocuments: 'Văn bản',
  bfDocumentsAll: 'Mọi văn bản',
  bfDocumentsFind: 'Tìm văn bản…',
  bfDocumentsFindLabel: 'Tìm văn bản để chọn',
  bfDocumentsNoMatch: 'Không có văn bản nào khớp.',
  bfDocumentsEmpty: 'Thư viện chưa có văn bản nào.',
  bfAssignees: 'Chủ thể',
  bfAssigneesAll: 'Mọi chủ thể',
  bfAssigneeAdd: 'Thêm chủ thể…',
  bfAssigneeAddLabel: 'Thêm chủ thể vào phạm vi báo cáo',
  bfTags: 'Nhãn',
  bfTagsNone: 'Chưa có nhãn nào.',
  bfStatuses: 'Tình trạng',
  bfStatusesHint: 'Mặc định: mọi tình trạng trừ “Đã dừng”. Cần giữ ít nhất một tình trạng.',
  bfLang: 'Ngôn ngữ báo cáo',
  bfLangVi: 'Tiếng Việt',
  bfLangEn: 'Tiếng Anh',
  bfNotes: 'Kèm ghi chú của tôi',
  bfRemove: 'Bỏ “{label}”',
  bfReset: 'Đặt lại phạm vi',
  bfListError: 'Không tải được danh sách: {message}',

  // The toolbar
  bfPrint: 'In',
  bfPrintHint: 'In báo cáo (Ctrl+P)',
  bfExportLabel: 'Xuất báo cáo',
  bfExportPdf: 'PDF',
  bfExportHtml: 'HTML',
  bfExportMd: 'Markdown',
  bfExportHint: 'Lưu báo cáo thành tệp {format}…',
  bfExporting: 'Đang lưu {format}…',
  bfFilterPdf: 'Tài liệu PDF',
  bfFilterHtml: 'Trang HTML',
  bfFilterMd: 'Văn bản Markdown',
  bfCount: '{n} chỉ đạo',

  // Messages
  bfExported: 'Đã lưu báo cáo {format} ({size}) vào {path}',
  bfExportFailed: 'Không lưu được báo cáo: {message}',
  bfUpdating: 'Đang cập nhật…',
  bfLoading: 'Đang soạn báo cáo…',
  bfError: 'Không soạn được báo cáo: {message}',
  bfPreviewLabel: 'Bản xem trước báo cáo',
  bfSizeB: '{n} byte',
  bfSizeKB: '{n} KB',
  bfSizeMB: '{n} MB',
};
