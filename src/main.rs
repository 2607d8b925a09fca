//! Binary entry point: mounts the app, then registers the offline worker.

fn main() {
    // The boot script is moving to the reader's language: this page's app has nothing to show, and
    // its worker nothing to keep.
    if mlpath::web::is_changing_language() {
        return;
    }
    mlpath::app::mount();
    mlpath::web::offline::register_service_worker();
}
