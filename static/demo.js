/* The sample blog's theme switch: sets the blog's own theme, and the quiz's script tag's data-theme,
   which embed.js watches and passes on to the quiz. A blog with its own switch does the same. */
(function () {
  'use strict';
  var buttons = document.querySelectorAll('[data-theme-choice]');
  var quiz = document.querySelector('script[src$="embed.js"]');
  function choose(theme) {
    if (theme === 'auto') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', theme);
    if (quiz) quiz.setAttribute('data-theme', theme);
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-theme-choice') === theme));
    }
  }
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function (event) {
      choose(event.currentTarget.getAttribute('data-theme-choice'));
    });
  }
})();
