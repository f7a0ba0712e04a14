//! The README is part of the contract: it must list every rule id the crate can report.

use klarna_precheck::Rule;

#[test]
fn readme_lists_every_rule_id() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    for rule in Rule::ALL {
        assert!(
            readme.contains(&format!("`{}`", rule.as_str())),
            "README.md does not list rule `{rule}`"
        );
    }
}
