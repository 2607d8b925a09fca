//! The framework floor: Yew and nothing else, rendering a heading and a counter button.

use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let presses = use_state(|| 0u32);
    let onclick = {
        let presses = presses.clone();
        Callback::from(move |_: MouseEvent| presses.set(*presses + 1))
    };
    html! {
        <main class="page landing" id="main">
            <h1>{ "Hello, Yew" }</h1>
            <p class="step">{ format!("Pressed {} times", *presses) }</p>
            <div class="actions">
                <button type="button" class="button primary" {onclick}>{ "Start the quiz" }</button>
            </div>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
