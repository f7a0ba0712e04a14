//! Coverage-guided: any UTF-8 text through every payload kind, `locate` on every reported
//! path, and the builders. Any panic is a bug (in wasm it kills the instance).
#![no_main]
use klarna_precheck::build::{self, OrderInput, TokenOrderInput};
use klarna_precheck::{flow, json, validate, Options, PayloadKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for kind in PayloadKind::ALL {
        let report = validate(kind, text, &Options::default());
        assert_eq!(report.valid, report.errors.is_empty());
        for v in report.errors.iter().chain(&report.warnings) {
            let _ = json::locate(text, &v.path);
        }
    }
    if let Ok(input) = build::from_json::<OrderInput>(text) {
        let _ = build::build_order(input);
    }
    if let Ok(input) = build::from_json::<TokenOrderInput>(text) {
        let _ = build::build_token_order(input);
    }
    let _ = flow::compare_with_authorization(text, text);
    let _ = flow::parse_klarna_error(text, Some(400));
});
