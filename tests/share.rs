//! Share messages and the links that prefill them: the result link survives encoding intact.

use mlpath::view::{in_sentence, ShareMessage, Whose};

const URL: &str = "https://example.org/blog/quiz/#/result/BABZaZThSTSMYHPp";

fn decoded_query(link: &str, name: &str) -> Option<String> {
    let query = link.split_once('?')?.1;
    let value = query
        .split('&')
        .find_map(|pair| pair.strip_prefix(&format!("{name}=")))?;
    urlencoding::decode(value).ok().map(|v| v.into_owned())
}

#[test]
fn the_message_names_the_path_and_carries_the_link() {
    let message = ShareMessage::new("Applied ML engineer", URL, Whose::Own);
    assert_eq!(message.title, "My best fit: Applied ML engineer");
    assert!(
        message.text.contains("my best fit")
            && message.text.contains("the applied ML engineer path"),
        "{}",
        message.text
    );
    assert_eq!(message.url, URL);
}

#[test]
fn passing_on_someone_elses_result_never_claims_it() {
    let message = ShareMessage::new("Data scientist", URL, Whose::Shared);
    assert_eq!(
        message.title,
        "A result from the mlpath quiz: Data scientist"
    );
    assert!(
        !message.text.to_lowercase().contains("my "),
        "{}",
        message.text
    );
    assert!(
        message.text.contains("the data scientist path"),
        "{}",
        message.text
    );
}

#[test]
fn path_names_read_naturally_mid_sentence() {
    assert_eq!(in_sentence("Core ML engineer"), "core ML engineer");
    assert_eq!(in_sentence("Data scientist"), "data scientist");
    assert_eq!(in_sentence("ML software engineer"), "ML software engineer");
    // Latin-1 capitals too: Spanish names start with them ("Álgebra lineal y matemáticas").
    assert_eq!(in_sentence("Álgebra lineal"), "álgebra lineal");
    assert_eq!(in_sentence("É"), "é");
    assert_eq!(in_sentence(""), "");
}

#[test]
fn social_links_prefill_text_and_keep_the_fragment() {
    let message = ShareMessage::new("Core ML engineer", URL, Whose::Own);
    assert!(message
        .linkedin()
        .starts_with("https://www.linkedin.com/sharing/share-offsite/?url="));
    assert_eq!(
        decoded_query(&message.linkedin(), "url").as_deref(),
        Some(URL)
    );
    assert!(message.x().starts_with("https://x.com/intent/post?"));
    assert_eq!(decoded_query(&message.x(), "url").as_deref(), Some(URL));
    assert_eq!(
        decoded_query(&message.x(), "text"),
        Some(message.text.clone())
    );
    let mail = message.email();
    assert!(mail.starts_with("mailto:?subject="));
    let body = decoded_query(&mail, "body").expect("a body");
    assert!(
        body.contains(URL) && body.contains("core ML engineer"),
        "{body}"
    );
    for link in [message.linkedin(), message.x(), mail] {
        assert!(
            !link.contains('#') && !link.contains(' '),
            "the fragment and spaces are encoded: {link}"
        );
    }
}
