//! The built-in sample library (the files of `data/samples/`), embedded so the app can
//! show content on its first start wherever it is installed.

pub const SAMPLES: &[(&str, &str)] = &[
    ("000_80ff9dd1ad399cf6.txt", include_str!("../../../data/samples/000_80ff9dd1ad399cf6.txt")),
    ("001_a02c5875a2555c23.txt", include_str!("../../../data/samples/001_a02c5875a2555c23.txt")),
];
