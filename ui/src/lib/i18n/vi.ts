// Vietnamese (default). The keys here are the keys of every language: en.ts is typed
// against this object, so a missing or extra key is a type error (npm run check).
// "{name}" is replaced by a parameter; "one|other" picks a plural form by {n}.

export const vi = {
  appName: 'Briefdesk',
  appTagline: 'Thư viện bài báo cho phân tích chính sách',

  // Header
  searchPlaceholder: 'Tìm kiếm trong thư viện…',
  searchLabel: 'Tìm kiếm',
  searchShortcut: 'Ctrl K',
  searchClear: 'Xoá nội dung tìm kiếm',
  importFiles: 'Nhập tệp…',
  importFolder: 'Nhập thư mục…',
  language: 'Ngôn ngữ',
  languageSwitchTo: 'Chuyển sang tiếng Anh',
  themeLabel: 'Giao diện',
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

  // Errors (ApiError.code)
  errorTitle: 'Lỗi',
  errNotFound: 'Không tìm thấy bài viết này — có thể nó đã bị xoá.',
  errInvalidDate: 'Ngày không hợp lệ. Hãy chọn một ngày có thật.',
  errNewerLibrary:
    'Thư viện này được tạo bởi một phiên bản Briefdesk mới hơn. Hãy cập nhật ứng dụng để mở nó.',
  errNoBackend: 'Không kết nối được với phần xử lý của ứng dụng.',
  errGeneric: 'Đã xảy ra lỗi: {message}',
  dismiss: 'Đóng thông báo',
};

export type MessageKey = keyof typeof vi;
export type Messages = { [K in MessageKey]: string };
