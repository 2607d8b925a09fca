//! The first screen: what the quiz tells you, how long it takes, and that it stays private.

use yew::prelude::*;

/// Props of the landing page.
#[derive(Properties, PartialEq, Default)]
pub struct LandingProps {
    /// Called when the person presses "Start the quiz".
    #[prop_or_default]
    pub on_start: Callback<()>,
}

/// The landing page: a promise, a time estimate, a privacy note and the Start button.
#[function_component]
pub fn Landing(props: &LandingProps) -> Html {
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <main class="page landing" id="main">
            <p class="eyebrow">{ "A career quiz in your browser" }</p>
            <h1>{ "Data scientist or machine-learning engineer?" }</h1>
            <p class="lede">
                { "Both roles live on data, yet their days look very different. One starts from a business \
                   question, chases down the data and tells the story; the other takes prepared data and \
                   builds, tests and tunes models until they are accurate enough to ship. Answer a few \
                   questions about the work you enjoy and find out where you stand." }
            </p>
            <ul class="promises">
                <li>
                    <strong>{ "Your path. " }</strong>
                    { "Data scientist, ML software engineer, applied ML engineer or core ML engineer, \
                       with the reasons drawn from your own answers." }
                </li>
                <li>
                    <strong>{ "Your gaps. " }</strong>
                    { "The skills that path leans on which you have not rated highly yet, with free and \
                       paid courses and books to close them." }
                </li>
                <li>
                    <strong>{ "About five minutes. " }</strong>
                    { "Sixteen short questions. You can go back, skip any of them, and pick up where you \
                       left off after a reload." }
                </li>
                <li>
                    <strong>{ "Private by design. " }</strong>
                    { "Everything runs on this page. Your answers are never sent anywhere: no account, no \
                       cookies, no tracking." }
                </li>
            </ul>
            <button type="button" class="button primary" onclick={on_start}>{ "Start the quiz" }</button>
        </main>
    }
}
