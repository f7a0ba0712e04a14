//! Runs one validation many times, for `valgrind --tool=callgrind` (instruction counts are
//! repeatable on a noisy VM where wall-clock time is not).
//! Usage: cargo run --release --example profile -- <kind> <file.json> [iterations]
use klarna_precheck::{validate, Options};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let kind = args[1].parse().expect("a payload kind");
    let text = std::fs::read_to_string(&args[2]).expect("a readable file");
    let n: usize = args.get(3).map_or(1000, |s| s.parse().expect("a count"));
    let mut errors = 0;
    for _ in 0..n {
        errors += validate(kind, std::hint::black_box(&text), &Options::default())
            .errors
            .len();
    }
    println!("{n} validations, {errors} errors in all");
}
