// Vietnamese (default). The keys here are the keys of every language: en.ts is typed
// against this object, so a missing or extra key is a type error (npm run check).
// "{name}" is replaced by a parameter; "one|other" picks a plural form by {n}.

import { workspaceVi } from './workspace.vi';
import { timelineVi } from './timeline.vi';
import { briefingVi } from './briefing.vi';

const base = {
  appName: 'Briefdesk',

  // Header
  searchPlaceholder: 'Tìm kiếm trong thư viện…',
  searchLabel: 'Tìm kiếm',
  searchShortcut: 'Ctrl K',
  searchClear: 'Xoá nội dung tìm kiếm',
  importFiles: 'Nhập tệp…',
  importFolder: 'Nhập thư mục…',
  language: 'Ngôn ngữ',
  themeSystem: 'Giao diện: theo hệ thống',
  themeLight: 'Giao diện: sáng',
  themeDark: 'Giao diện: tối',

  // Library list
  library: 'Thư viện',
  statsArticles: '{n} bài viết',
  statsNeedingDate: '{n} cần ngày',
  statsSamples: '{n} bài mẫu',
  needsDate: 'Cần ngày',
  sample: 'Mẫu',
  removeSamples: 'Xoá bài mẫu',
  listLabel: 'Danh sách bài viết',
  loading: 'Đang tải…',

  // Search results
  results: '{n} kết quả',
  resultsShown: 'hiển thị {shown} đầu tiên',
  searching: 'Đang tìm…',
  noResults: 'Không tìm thấy bài viết nào khớp với “{q}”.',
  noResultsHint: 'Thử từ khoá ngắn hơn hoặc gõ không dấu.',
  searchFailed: 'Không tìm kiếm được.',
  exactMatch: 'Đúng dấu',
  exactMatchHint: 'Khớp đúng cả dấu tiếng Việt như đã gõ',
  resultsLabel: 'Kết quả tìm kiếm',

  // Empty library
  libraryErrorTitle: 'Không mở được thư viện',
  libraryErrorBody: 'Briefdesk không mở được tệp thư viện nên không thay đổi gì trong tệp đó. Chi tiết:',
  emptyTitle: 'Thư viện còn trống',
  emptyBody:
    'Nhập các bài báo ở dạng tệp văn bản (.txt, .md) để đọc, tìm kiếm và đặt ngày đăng. Các bài được lưu trên máy này.',
  emptyDrop: 'hoặc kéo thả tệp, thư mục vào cửa sổ',
  dropOverlay: 'Thả tệp để nhập vào thư viện',
  dropOverlayHint: 'Tệp .txt, .md hoặc cả thư mục',

  // Reader
  readerEmpty: 'Chọn một bài viết để đọc',
  readerEmptyHint: 'Dùng ↑ ↓ để di chuyển trong danh sách, Enter để mở.',
  readerLoading: 'Đang mở bài viết…',
  published: 'Ngày đăng',
  noDate: 'Chưa có ngày',
  sourceFile: 'Tệp nguồn',
  importedAt: 'Ngày nhập',
  chars: '{n} ký tự',
  setDate: 'Đặt ngày',
  changeDate: 'Đổi ngày',
  dateInputLabel: 'Ngày đăng',
  save: 'Lưu',
  cancel: 'Huỷ',
  remove: 'Xoá',
  needsDateTitle: 'Bài viết này chưa có ngày đăng',
  needsDateBody: 'Đặt ngày để bài được sắp xếp đúng trong thư viện.',
  monthOnly: 'Chỉ biết tháng — có thể đặt ngày cụ thể.',
  dateSaved: 'Đã đặt ngày {date}.',
  confirmRemoveTitle: 'Xoá bài viết khỏi thư viện?',
  confirmRemoveBody: '“{title}” sẽ bị xoá khỏi thư viện. Tệp gốc trên máy không bị ảnh hưởng.',
  confirmRemoveSamplesTitle: 'Xoá các bài mẫu?',
  confirmRemoveSamplesBody: '{n} bài mẫu đi kèm ứng dụng sẽ bị xoá khỏi thư viện.',
  articleRemoved: 'Đã xoá bài viết.',
  samplesRemoved: 'Đã xoá {n} bài mẫu.',
  highlightNote: 'Đang tô sáng “{q}”',

  // Import
  importTitle: 'Nhập bài viết',
  importPreparing: 'Đang chuẩn bị…',
  importProgress: 'Đang nhập {done}/{total}',
  importDone: 'Đã nhập xong',
  importSummary: '{imported} đã nhập, {duplicates} đã có sẵn, {failed} lỗi',
  statusImported: 'Đã nhập',
  statusDuplicate: 'Đã có trong thư viện',
  statusFailed: 'Lỗi',
  importNeedsDate: 'Cần ngày',
  importOpen: 'Mở',
  importNothing: 'Không có tệp nào được nhập.',
  close: 'Đóng',
  fileFilterName: 'Văn bản',

  // Import failure reasons (ImportFileResult.code)
  failNotUtf8: 'Không phải văn bản UTF-8',
  failEmpty: 'Tệp trống',
  failTooLarge: 'Tệp quá lớn',
  failNotFound: 'Không tìm thấy tệp',
  failUnreadable: 'Không đọc được tệp',

  // Views (the rail on the left)
  navLabel: 'Các phần của ứng dụng',
  viewLibrary: 'Thư viện',
  viewDocuments: 'Văn bản',
  viewDirectives: 'Chỉ đạo',
  viewEvents: 'Sự kiện',
  navShortcut: 'Alt+{n}',
  backTo: 'Quay lại {view}',
  showMore: 'Hiện thêm {n}',
  shownFirst: 'Đang hiện {shown} trên {n}',
  loadFailed: 'Không tải được: {message}',
  retry: 'Thử lại',

  // Reader highlights
  hlLegend: 'Tô sáng',
  hlDocs: 'Văn bản',
  hlDirectives: 'Chỉ đạo',
  hlEvents: 'Sự kiện',
  hlConcrete: 'cụ thể',
  hlGeneral: 'chung',
  hlNone: 'Không có mục nào được trích xuất từ bài này.',
  hlLoading: 'Đang tải các mục trích xuất…',
  hlFailed: 'Không tải được các mục trích xuất: {message}',
  hlDocTitle: '{label} — nhấn để mở văn bản',
  hlDirTitle: 'Chỉ đạo — nhấn để xem chi tiết',
  hlEventTitle: 'Sự kiện — nhấn để xem chi tiết',

  // The panel a highlight opens
  panelLabel: 'Chi tiết mục trích xuất',
  panelDirective: 'Chỉ đạo',
  panelDirectives: '{n} chỉ đạo trong câu này',
  panelEvent: 'Sự kiện',
  panelDocuments: 'Văn bản được nhắc đến',
  fieldAssignee: 'Chủ thể thực hiện',
  fieldAction: 'Nhiệm vụ',
  fieldDocuments: 'Văn bản',
  fieldDue: 'Thời hạn',
  fieldType: 'Loại',
  fieldState: 'Trạng thái',
  fieldSentence: 'Câu gốc',
  fieldDate: 'Ngày',
  fieldEvent: 'Nội dung',
  fieldPlace: 'Địa điểm',
  fieldSources: 'Nguồn',
  notNamed: 'không nêu',
  notStated: 'không nêu',
  concrete: 'Giao việc cụ thể',
  general: 'Định hướng chung',
  stateMachine: 'Máy trích xuất',
  stateConfirmed: 'Đã xác nhận',
  stateEdited: 'Đã chỉnh sửa',
  stateRejected: 'Đã loại',
  stateManual: 'Thêm thủ công',
  sources: '{n} nguồn',
  thisArticle: 'bài đang đọc',
  openDocument: 'Mở {label}',

  // Kinds of documents
  kindDirective: 'Chỉ thị',
  kindResolution: 'Nghị quyết',
  kindConclusion: 'Kết luận',
  kindDecision: 'Quyết định',
  kindStrategy: 'Chiến lược',
  kindProgram: 'Chương trình',
  kindPlan: 'Kế hoạch',
  kindProject: 'Đề án',
  kindLaw: 'Luật',
  kindDecree: 'Nghị định',
  kindCircular: 'Thông tư',
  kindDispatch: 'Công văn, công điện',
  kindRegulation: 'Quy định',
  kindNotice: 'Thông báo',
  kindOther: 'Văn bản khác',

  // Documents view
  docsCount: '{n} văn bản',
  docsFilter: 'Lọc văn bản…',
  docsFilterLabel: 'Lọc văn bản',
  docsSortLabel: 'Sắp xếp văn bản',
  sortMentions: 'Nhắc đến nhiều nhất',
  sortKind: 'Theo loại văn bản',
  sortLabel: 'Theo tên',
  docsEmpty: 'Chưa có văn bản nào',
  docsEmptyHint:
    'Khi bạn nhập bài báo, Briefdesk nhận ra các chỉ thị, nghị quyết, quyết định… được nhắc đến và gom chúng vào đây.',
  docsNoMatch: 'Không có văn bản nào khớp với “{q}”.',
  docsSelect: 'Chọn một văn bản để xem chi tiết',
  docMentions: '{n} lần nhắc',
  docArticles: '{n} bài',
  docDirectives: '{n} chỉ đạo',
  fieldKind: 'Loại văn bản',
  fieldCode: 'Số ký hiệu',
  fieldNumber: 'Số',
  fieldDocTitle: 'Trích yếu',
  fieldIssuer: 'Cơ quan ban hành',
  fieldHorizon: 'Tầm nhìn',
  horizon: 'tầm nhìn đến năm {year}',

  // Directives view
  dirsShown: '{shown}/{n} chỉ đạo',
  concreteOnly: 'Chỉ giao việc cụ thể',
  colAssignee: 'Chủ thể',
  colAction: 'Nhiệm vụ',
  colDocuments: 'Văn bản',
  colDue: 'Thời hạn',
  colSource: 'Bài nguồn',
  typeConcrete: 'Cụ thể',
  typeGeneral: 'Chung',
  dirsEmpty: 'Chưa có chỉ đạo nào',
  dirsEmptyHint:
    'Các câu giao việc, yêu cầu, chỉ đạo trong bài báo sẽ hiện ở đây, mỗi câu gắn với bài và đoạn văn gốc.',

  // Events view
  eventsCount: '{n} sự kiện',
  eventsFilter: 'Lọc sự kiện…',
  eventsFilterLabel: 'Lọc sự kiện',
  eventsEmpty: 'Chưa có sự kiện nào',
  eventsEmptyHint: 'Các hội nghị, cuộc họp có ngày cụ thể được bài báo đưa tin sẽ hiện ở đây theo thứ tự thời gian.',
  eventsNoMatch: 'Không có sự kiện nào khớp với “{q}”.',

  // Re-extraction
  reextract: 'Trích xuất lại',
  reextractHint:
    'Chạy lại việc trích xuất trên cả thư viện. Các mục bạn đã xác nhận, sửa hoặc tự thêm được giữ nguyên.',
  reextracting: 'Đang trích xuất…',
  reextractDone: 'Đã trích xuất lại: {summary}',
  reportArticles: '{n} bài',
  reportDirectives: '{n} chỉ đạo',
  reportDocuments: '{n} văn bản',
  reportEvents: '{n} sự kiện',
  reportKept: 'giữ nguyên {n} mục của bạn',

  // Errors (ApiError.code)
  errNotFound: 'Không tìm thấy bài viết này — có thể nó đã bị xoá.',
  errInvalidDate: 'Ngày không hợp lệ. Hãy chọn một ngày có thật.',
  errNewerLibrary:
    'Thư viện này được tạo bởi một phiên bản Briefdesk mới hơn. Hãy cập nhật ứng dụng để mở nó.',
  errNoBackend: 'Không kết nối được với phần xử lý của ứng dụng.',
  errGeneric: 'Đã xảy ra lỗi: {message}',
  dismiss: 'Đóng thông báo',
};

export const vi = { ...base, ...workspaceVi, ...timelineVi, ...briefingVi };

export type MessageKey = keyof typeof vi;
export type Messages = { [K in MessageKey]: string };
