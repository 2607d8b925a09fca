//! Copying a text for the person, with a fallback where the browser refuses the clipboard (plain
//! http, a frame without permission): the text is shown selected in its field, to copy by hand.

use yew::NodeRef;

use crate::web;

/// Copies `text` to the clipboard, then tells `report` whether it worked. Where it did not, the
/// caller shows the text in a field and selects it with [`select_field`].
pub fn copy_text(text: String, report: impl FnOnce(bool) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        report(web::copy_to_clipboard(&text).await.is_ok());
    });
}

/// Focuses the text input or text area `field` refers to and selects its text, if it is rendered.
pub fn select_field(field: &NodeRef) {
    if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else if let Some(area) = field.cast::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}
