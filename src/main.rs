//! Binary entry point: mounts the app, then registers the offline worker.

fn main() {
    mlpath::app::mount();
    mlpath::web::offline::register_service_worker();
}
