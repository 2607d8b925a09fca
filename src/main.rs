//! Binary entry point: mounts the app, nothing else.

fn main() {
    mlpath::app::mount();
}
