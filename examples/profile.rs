//! Runs one validation many times, for `valgrind --tool=callgrind` (instruction counts are
//! repeatable on a noisy VM where wall-clock time is not).
//! Usage: cargo run --release --example profile -- <kind> <file.json> [iterations]
use klarna_precheck::{validate, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Counts allocations: in wasm each one is a call into dlmalloc, so their number matters.
struct Counting;
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let kind = args[1].parse().expect("a payload kind");
    let text = std::fs::read_to_string(&args[2]).expect("a readable file");
    let n: usize = args.get(3).map_or(1000, |s| s.parse().expect("a count"));
    let mut errors = 0;
    let before = ALLOCATIONS.load(Relaxed);
    for _ in 0..n {
        errors += validate(kind, std::hint::black_box(&text), &Options::default())
            .errors
            .len();
    }
    let allocations = ALLOCATIONS.load(Relaxed) - before;
    println!(
        "{n} validations, {errors} errors in all, {:.1} allocations (incl. reallocations) each",
        allocations as f64 / n as f64
    );
}
