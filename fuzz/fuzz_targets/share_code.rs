//! Fuzzes the share-code decoder: any text must give `Ok` or a typed error, never a panic, and
//! whatever decodes must re-encode to a code that decodes to the same answers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mlpath::content::content;
use mlpath::quiz::ShareCode;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let content = content();
    if let Ok(answers) = ShareCode::decode_str(text, content) {
        let again = ShareCode::encode(content, &answers).to_string();
        assert_eq!(ShareCode::decode_str(&again, content), Ok(answers));
    }
});
