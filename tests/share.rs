//! Share messages and the links that prefill them: the result link survives encoding intact.

use mlpath::share::ShareMessage;

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
    let message = ShareMessage::new("Applied ML engineer", URL);
    assert!(message.text.contains("Applied ML engineer"));
    assert!(message.title.contains("Applied ML engineer"));
    assert_eq!(message.url, URL);
}

#[test]
fn social_links_prefill_text_and_keep_the_fragment() {
    let message = ShareMessage::new("Core ML engineer", URL);
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
        body.contains(URL) && body.contains("Core ML engineer"),
        "{body}"
    );
    for link in [message.linkedin(), message.x(), mail] {
        assert!(
            !link.contains('#') && !link.contains(' '),
            "the fragment and spaces are encoded: {link}"
        );
    }
}
