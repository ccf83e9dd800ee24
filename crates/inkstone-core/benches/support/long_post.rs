//! The 50 KB post the render speed is measured on, shared by the criterion bench and the
//! `render_instructions` example, and the bare pulldown-cmark it is compared with.

use pulldown_cmark::Options;

/// A long analysis post in the reference shape: headings, CJK paragraphs with Latin
/// names and links, lists, a table, quotes, code, footnotes and a video shortcode.
pub fn long_post() -> String {
    let mut post = String::from(
        "> 本文整理自一場關於活版印刷的座談，另見[〈鉛字的重量〉](/posts/lead-type/)。\n\n{{< youtube FytajtbCY94 >}}\n\n---\n\n",
    );
    let mut section = 0;
    while post.len() < 50 * 1024 {
        section += 1;
        post.push_str(&format!("## 第{section}節：Ink, paper and \"time\"\n\n"));
        post.push_str(
            "排字工人每天要從字架上撿出上千個鉛字，Gutenberg 的發明讓這件事變得可以重複。",
        );
        post.push_str(
            "他說：「速度不是重點，穩定才是。」This paragraph mixes English -- with dashes... ",
        );
        post.push_str("and a link to https://example.com/press plus **粗體** and *斜體* text[^n");
        post.push_str(&format!("{section}].\n\n"));
        post.push_str("- 第一點：油墨要先調勻\n- 第二點：紙張要先回潮\n- [x] 已完成的檢查\n\n");
        post.push_str("| 項目 | 數量 | Price |\n|:--|:-:|--:|\n| 鉛字 | 1200 | 14.50 |\n| 紙張 | 300 | 2.00 |\n\n");
        post.push_str("```text\nline one\nline two\n```\n\n");
        post.push_str(&format!("[^n{section}]: 第{section}個註腳，說明出處。\n\n"));
    }
    post
}

/// Bare pulldown-cmark with the extensions Hugo's goldmark has on by default.
pub fn bare_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_DEFINITION_LIST
}
