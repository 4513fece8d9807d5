//! The built-in sample library (the files of `data/samples/`), embedded so the app can
//! show content on its first start wherever it is installed.

pub const SAMPLES: &[(&str, &str)] =
    &[("000_80ff9dd1ad399cf6.txt", include_str!("../../../data/samples/000_80ff9dd1ad399cf6.txt")), ("001_a02c5875a2555c23.txt", include_str!("../../../data/samples/001_a02c5875a2555c23.txt"))];

/// Generated policy-news-like articles for benchmarks and tests (never imported as
/// samples): a headline and eight paragraphs, each an assignment to an agency about a
/// policy document with a deadline ("… được giao chủ trì sơ kết Chỉ thị 12-CT/TW, bảo đảm
/// tiến độ trước ngày 15/1 …") and a general sentence. Deterministic for a seed.
pub struct Synthetic(u64);

const SUBJECTS: &[&str] = &["Bộ Ngoại giao", "Bộ Tài chính", "UBND tỉnh Thanh Hóa", "Ban Bí thư", "Chính phủ", "Bộ Khoa học và Công nghệ", "MTTQ Việt Nam", "Bộ Y tế"];
const ACTS: &[&str] = &["chủ trì sơ kết", "tham mưu xây dựng", "phối hợp triển khai", "khẩn trương hoàn thiện", "báo cáo kết quả thực hiện", "rà soát, đánh giá"];
const DOCS: &[&str] = &["Chỉ thị 12-CT/TW", "Nghị quyết số 86/NQ-CP", "Kết luận 203-KL/TW", "Quyết định 1234/QĐ-TTg", "Chiến lược đối ngoại Nhân dân tầm nhìn đến năm 2045", "Đề án 06"];

impl Synthetic {
    pub fn new(seed: u64) -> Self {
        Synthetic(seed)
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        xs[(self.0 >> 33) as usize % xs.len()]
    }

    /// Article number `i` with the article-file date line ` date {date} ` (YYYY-MM-DD).
    pub fn article(&mut self, i: usize, date: &str) -> String {
        let mut s = format!(" date {date} {} {} {} (tin số {i})\n\n", self.pick(SUBJECTS), self.pick(ACTS), self.pick(DOCS));
        for _ in 0..8 {
            let (who, act, doc) = (self.pick(SUBJECTS), self.pick(ACTS), self.pick(DOCS));
            s.push_str(&format!("Sáng {}/{}, {who} được giao {act} {doc}, bảo đảm tiến độ trước ngày 15/1 và báo cáo Thủ tướng Chính phủ. ", i % 28 + 1, i % 12 + 1));
            s.push_str("Hội nghị đánh giá công tác năm 2025, triển khai phương hướng, nhiệm vụ năm 2026.\n\n");
        }
        s
    }
}
