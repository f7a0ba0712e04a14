//! ISO 4217: active currency codes and their minor-unit exponents (as published by the
//! maintenance agency; funds, metals and test codes have no exponent).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    pub code: &'static str,
    /// Digits after the decimal point: 2 for EUR (2500 = 25.00), 0 for JPY.
    pub exponent: Option<u8>,
}

/// Sorted ascending, three letters each, packed into one string (179 codes): a table of
/// structs would cost twelve more bytes per code in the `.wasm`.
pub static CODES: &str = "\
    AEDAFNALLAMDANGAOAARSAUDAWGAZNBAMBBDBDTBGNBHDBIF\
    BMDBNDBOBBOVBRLBSDBTNBWPBYNBZDCADCDFCHECHFCHWCLF\
    CLPCNYCOPCOUCRCCUPCVECZKDJFDKKDOPDZDEGPERNETBEUR\
    FJDFKPGBPGELGHSGIPGMDGNFGTQGYDHKDHNLHTGHUFIDRILS\
    INRIQDIRRISKJMDJODJPYKESKGSKHRKMFKPWKRWKWDKYDKZT\
    LAKLBPLKRLRDLSLLYDMADMDLMGAMKDMMKMNTMOPMRUMURMVR\
    MWKMXNMXVMYRMZNNADNGNNIONOKNPRNZDOMRPABPENPGKPHP\
    PKRPLNPYGQARRONRSDRUBRWFSARSBDSCRSDGSEKSGDSHPSLE\
    SOSSRDSSPSTNSVCSYPSZLTHBTJSTMTTNDTOPTRYTTDTWDTZS\
    UAHUGXUSDUSNUYIUYUUYWUZSVEDVESVNDVUVWSTXAFXAGXAU\
    XBAXBBXBCXBDXCDXCGXDRXOFXPDXPFXPTXSUXTSXUAXXXYER\
    ZARZMWZWG\
";

/// The minor-unit exponent of each code in [`CODES`], in the same order: a digit, or `-`
/// for none (funds, metals, test codes).
static EXPONENTS: &[u8; 179] = b"\
    222222222222223022222222222222240222222202222222222222202222\
    222223202302220203222222232222222222222222222223222222022220\
    22222222222222222232222220220242220020------22-0-0-----2222\
";

/// The currency for `code` (any case), if it is an active ISO 4217 code.
pub fn currency(code: &str) -> Option<Currency> {
    let i = super::find_packed(CODES, 3, code)?;
    Some(Currency {
        code: &CODES[i * 3..i * 3 + 3],
        exponent: EXPONENTS[i].is_ascii_digit().then(|| EXPONENTS[i] - b'0'),
    })
}
