//! "The two roles": the seed's distinctions side by side, and the paths the quiz recommends.

use yew::prelude::*;

use crate::components::{text, EmblemMark, QuizLink};
use crate::content::ui;
use crate::context::QuizHandle;
use crate::quiz::Role;
use crate::view::count_word_at_start;

/// Data scientist and ML engineer compared point by point, then every path described; and the
/// page's title.
pub fn roles_page(quiz: &QuizHandle) -> (String, Html) {
    let content = quiz.content();
    let roles = &content.roles;
    let engineer_paths: Vec<_> = content
        .paths
        .iter()
        .filter(|p| p.role == Role::MlEngineer)
        .collect();
    let count = engineer_paths.len();
    let paths_heading = ui!(
        roles.engineer_paths[count],
        Count = count_word_at_start(count)
    );
    let page = html! {
        <main key="roles" class="page roles" id="main" aria-label={super::main_label()}>
            <h1 tabindex="-1">{ ui!(roles.title) }</h1>
            <div class="role-cards">
                <section class="card" aria-labelledby="role-ds">
                    <h2 id="role-ds">{ text(&roles.data_scientist.name) }</h2>
                    <p>{ text(&roles.data_scientist.summary) }</p>
                </section>
                <section class="card" aria-labelledby="role-mle">
                    <h2 id="role-mle">{ text(&roles.ml_engineer.name) }</h2>
                    <p>{ text(&roles.ml_engineer.summary) }</p>
                </section>
            </div>

            <h2>{ ui!(roles.side_by_side) }</h2>
            <div class="table-scroll" role="region" aria-label={ui!(roles.table_label)} tabindex="0">
                <table class="compare">
                    <caption class="visually-hidden">{ ui!(roles.table_caption) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ ui!(roles.stage) }</th>
                            <th scope="col">{ text(&roles.data_scientist.name) }</th>
                            <th scope="col">{ text(&roles.ml_engineer.name) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for content.distinctions.iter().map(|d| html! {
                            <tr>
                                <th scope="row">{ text(&d.topic) }</th>
                                <td data-label={roles.data_scientist.name.clone()}>{ text(&d.data_scientist) }</td>
                                <td data-label={roles.ml_engineer.name.clone()}>{ text(&d.ml_engineer) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>

            <h2>{ paths_heading }</h2>
            { for engineer_paths.into_iter().map(|path| html! {
                <section class="card path" aria-labelledby={format!("path-{}", path.id)}>
                    <div class="path-heading">
                        { EmblemMark { emblem: path.emblem }.view() }
                        <h3 id={format!("path-{}", path.id)}>{ text(&path.name) }</h3>
                    </div>
                    <p class="tagline">{ text(&path.tagline) }</p>
                    <p>{ text(&path.description) }</p>
                    <ul>{ for path.responsibilities.iter().map(|r| html! { <li>{ text(r) }</li> }) }</ul>
                </section>
            }) }

            <div class="actions">
                { QuizLink::or_continue(quiz.clone(), ui!(roles.take_quiz)).view() }
            </div>
        </main>
    };
    (ui!(roles.title).to_owned(), page)
}
