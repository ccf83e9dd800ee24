//! Specs for filling in archetype templates.

use super::*;

fn now() -> Zoned {
    "2026-02-06T09:00:00+08:00[Asia/Taipei]"
        .parse()
        .expect("zoned")
}

fn fill(template: &str) -> Result<String, ActionError> {
    let now = now();
    render(
        template,
        &TemplateContext {
            name: "20260206-my-first-post",
            section: "posts",
            site_title: "硯台筆記",
            lang: "zh-tw",
            now: &now,
        },
    )
}

#[test]
fn hugos_default_archetype_is_filled_in() {
    let archetype = "+++\ntitle = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\ndate = {{ .Date }}\ndraft = true\n+++\n";
    assert_eq!(
        fill(archetype).expect("filled"),
        "+++\ntitle = '20260206 My First Post'\ndate = 2026-02-06T09:00:00+08:00\ndraft = true\n+++\n"
    );
}

#[test]
fn name_site_title_section_and_now_format_are_filled_in() {
    assert_eq!(
        fill("{{ replace .Name \"-\" \" \" | title }}|{{ .Site.Title }}|{{ .Section }}|{{ now.Format \"2006-01-02\" }}").expect("filled"),
        "20260206 My First Post|硯台筆記|posts|2026-02-06"
    );
}

#[test]
fn comments_vanish_and_trim_markers_eat_whitespace() {
    assert_eq!(
        fill("a {{/* note */}}b\n{{- .Section -}}\n c").expect("filled"),
        "a bpostsc"
    );
}

#[test]
fn unsupported_actions_are_refused_with_their_offset() {
    let error = fill("---\ntitle: {{ .Params.x }}\n").expect_err("refused");
    assert_eq!(error.offset, 11);
    assert_eq!(error.action, "{{ .Params.x }}");
    assert!(
        error.fix.starts_with("Inkstone fills in `.Date`"),
        "{}",
        error.fix
    );
}

#[test]
fn an_unclosed_action_is_refused() {
    let error = fill("title: {{ .Name\n").expect_err("refused");
    assert_eq!(error.offset, 7);
    assert_eq!(error.fix, "it never ends; close it with `}}`");
}

#[test]
fn hostile_actions_do_not_panic() {
    for template in [
        "{{",
        "{{}}",
        "{{ | }}",
        "{{ \"unclosed }}",
        "{{ `x }}",
        "{{ replace }}",
        "{{ (now) }}",
        "{{-}}",
        "{{ now.Format \":date_long\" }}",
    ] {
        assert!(fill(template).is_err(), "{template:?} should be refused");
    }
}
