//! `briefdesk-extract-bench`: extraction throughput on one core.
//!
//!     cargo build --release -p briefdesk-cli --bin briefdesk-extract-bench
//!     target/release/briefdesk-extract-bench [MB]            # generated articles (default 20 MB)
//!     target/release/briefdesk-extract-bench --dir FOLDER    # the .txt articles of a folder
//!
//! Generated articles are policy-news-like text made from the templates below (directives,
//! documents, dated meetings, narration, English paragraphs); nothing is read from a corpus.

use briefdesk_core::article::PubDate;
use briefdesk_core::extract::{extract, Lexicon};
use std::time::Instant;

const BODIES: &[&str] = &[
    "Bộ Ngoại giao",
    "Bộ Tài chính",
    "UBND tỉnh Thanh Hóa",
    "các bộ, ngành, địa phương",
    "Sở Xây dựng",
    "Bộ Khoa học và Công nghệ",
    "MTTQ Việt Nam",
    "Bộ Y tế",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    "Bộ KH&CN",
    "các cấp ủy, chính quyền",
];
const TASKS: &[&str] = &[
    "chủ trì sơ kết",
    "tham mưu xây dựng",
    "khẩn trương hoàn thiện",
    "phối hợp triển khai",
    "rà soát, đánh giá việc thực hiện",
    "báo cáo Thủ tướng kết quả thực hiện",
    "tăng cường kiểm tra, giám sát việc thực hiện",
    "trình Chính phủ",
];
const DOCS: &[&str] = &[
    "Chỉ thị 12-CT/TW",
    "Nghị quyết số 86/NQ-CP",
    "Kết luận số 203-KL/TW",
    "Quyết định 1234/QĐ-TTg",
    "Đề án 06",
    "Chiến lược phát triển năng lượng xanh tầm nhìn đến năm 2050",
    "Chương trình chuyển đổi số quốc gia giai đoạn 2026 - 2030",
];
const DUES: &[&str] = &["trước ngày 15/1", "trong quý I/2026", "trong tháng 3.2026", "trong năm nay", "trước ngày 30-8 năm nay", ""];
const MEETINGS: &[&str] = &[
    "hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026",
    "phiên họp Chính phủ thường kỳ tháng 11",
    "Hội nghị toàn quốc quán triệt Nghị quyết của Bộ Chính trị",
    "giao ban công tác quý IV",
];
const NARRATION: &[&str] = &[
    "Theo báo cáo, trong năm qua tăng trưởng kinh tế đạt 8,02%, thu ngân sách vượt 25% dự toán, giải ngân vốn đầu tư công đạt 656,7 tỷ đồng.",
    "Đến ngày 30-12-2025, 34.759 nhà bị hư hỏng đã được sửa chữa, hoàn thành 100% kế hoạch.",
    "Thứ trưởng cho rằng cần tiếp tục quán triệt sâu sắc vai trò của công tác này; gắn chặt hoạt động với các ưu tiên chiến lược.",
    "Các đại biểu tại điểm cầu TP. Hồ Chí Minh và PGS.TS. Nguyễn Văn A phát biểu ý kiến. (Ảnh: TTXVN)",
];
const ENGLISH: &[&str] = &[
    "The Prime Minister asked the Ministry of Finance to submit the draft decree before August 1.",
    "Ministries and localities must complete the review of stalled projects in the first quarter of 2026.",
    "Prime Minister Pham Minh Chinh on Saturday chaired a Government meeting to review key tasks, during which he urged agencies to speed up disbursement.",
    "Under Official Dispatch No. 110/CD-TTg dated July 17, 2025, chairpersons of People's Committees are responsible for handling land procedures.",
];

/// A small deterministic generator (no dependency needed for pseudo-random picks).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next() % xs.len()]
    }
}

fn article(rng: &mut Lcg) -> String {
    let mut s = format!("{} {} {}\n\n", rng.pick(BODIES), rng.pick(TASKS), rng.pick(DOCS));
    for _ in 0..6 {
        let day = rng.next() % 28 + 1;
        let month = rng.next() % 12 + 1;
        s.push_str(&format!("Sáng {day}/{month}, tại Hà Nội, {} tổ chức {}. ", rng.pick(BODIES), rng.pick(MEETINGS)));
        s.push_str(&format!(
            "Thủ tướng yêu cầu {} {} {} {}; {} {}, đồng thời {} được giao {} {}.\n\n",
            rng.pick(BODIES),
            rng.pick(TASKS),
            rng.pick(DOCS),
            rng.pick(DUES),
            rng.pick(TASKS),
            rng.pick(DOCS),
            rng.pick(BODIES),
            rng.pick(TASKS),
            rng.pick(DOCS)
        ));
        s.push_str(rng.pick(NARRATION));
        s.push(' ');
        s.push_str(rng.pick(ENGLISH));
        s.push_str("\n\n");
    }
    s
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let t = Instant::now();
    let lex = Lexicon::builtin();
    let build = t.elapsed();
    let articles: Vec<(String, Option<PubDate>)> = if args.first().map(String::as_str) == Some("--dir") {
        let dir = args.get(1).ok_or("--dir needs a folder")?;
        let mut v = Vec::new();
        for e in std::fs::read_dir(dir)? {
            let p = e?.path();
            if p.extension().is_some_and(|x| x == "txt") {
                let a = briefdesk_core::import::load_file(&p, None)?.article;
                v.push((a.body, a.published));
            }
        }
        // Repeat a small folder up to a few MB so the timing means something.
        let size: usize = v.iter().map(|a| a.0.len()).sum::<usize>().max(1);
        let times = (8_000_000 / size).max(1);
        let one = v.clone();
        for _ in 1..times {
            v.extend(one.iter().cloned());
        }
        v
    } else {
        let mb: f64 = args.first().map(|a| a.parse()).transpose()?.unwrap_or(20.0);
        let mut rng = Lcg(7);
        let mut v = Vec::new();
        let mut total = 0usize;
        while (total as f64) < mb * 1_000_000.0 {
            let a = article(&mut rng);
            total += a.len();
            v.push((a, PubDate::parse("2025-12-30")));
        }
        v
    };
    let bytes: usize = articles.iter().map(|a| a.0.len()).sum();
    let cpu0 = thread_cpu_seconds();
    let t = Instant::now();
    let (mut directives, mut documents, mut events) = (0, 0, 0);
    for (body, published) in &articles {
        let x = extract(&lex, body, *published);
        directives += x.directives.len();
        documents += x.documents.len();
        events += x.events.len();
    }
    let secs = t.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    println!("lexicon built in {:.1} ms", build.as_secs_f64() * 1000.0);
    println!("{} articles, {mb:.1} MB: {directives} directives, {documents} documents, {events} events", articles.len());
    println!("wall clock: {secs:.2} s, {:.1} MB/s", mb / secs);
    // On a busy machine the wall clock counts time spent waiting for the core; the
    // thread's own CPU time is what one core needs.
    if let (Some(a), Some(b)) = (cpu0, thread_cpu_seconds()) {
        let cpu = (b - a).max(0.01);
        println!("one core (CPU time of the extracting thread): {cpu:.2} s, {:.1} MB/s", mb / cpu);
    }
    Ok(())
}

/// User + system CPU time of the current thread (Linux; clock ticks at the usual 100 Hz).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which is in brackets and may hold spaces).
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
