//! ISO 3166-1 alpha-2: the 249 officially assigned country codes.

/// Sorted ascending, upper case, two letters each, packed into one string: a table of `&str`
/// would cost eight more bytes per code in the `.wasm`.
pub static COUNTRIES: &str = "\
    ADAEAFAGAIALAMAOAQARASATAUAWAXAZ\
    BABBBDBEBFBGBHBIBJBLBMBNBOBQBRBS\
    BTBVBWBYBZCACCCDCFCGCHCICKCLCMCN\
    COCRCUCVCWCXCYCZDEDJDKDMDODZECEE\
    EGEHERESETFIFJFKFMFOFRGAGBGDGEGF\
    GGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHM\
    HNHRHTHUIDIEILIMINIOIQIRISITJEJM\
    JOJPKEKGKHKIKMKNKPKRKWKYKZLALBLC\
    LILKLRLSLTLULVLYMAMCMDMEMFMGMHMK\
    MLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNA\
    NCNENFNGNINLNONPNRNUNZOMPAPEPFPG\
    PHPKPLPMPNPRPSPTPWPYQARERORSRURW\
    SASBSCSDSESGSHSISJSKSLSMSNSOSRSS\
    STSVSXSYSZTCTDTFTGTHTJTKTLTMTNTO\
    TRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVI\
    VNVUWFWSYEYTZAZMZW\
";

static LOOKUP: super::TwoLetterCodes = super::TwoLetterCodes::new(COUNTRIES);

/// Whether `code` (any case) is an assigned ISO 3166-1 alpha-2 code. `UK` is not (use `GB`).
pub fn is_country(code: &str) -> bool {
    country(code).is_some()
}

/// The canonical (upper-case, static) form of a country code, if it is assigned.
pub fn country(code: &str) -> Option<&'static str> {
    LOOKUP.canonical(code)
}
