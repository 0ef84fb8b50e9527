// Back-office enhancements. Every form works without this file; it only adds conveniences.
(function () {
  "use strict";
  // Buttons that destroy or publish ask once more.
  document.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    var question = submitter && submitter.getAttribute("data-confirm");
    if (question && !window.confirm(question)) event.preventDefault();
  });
})();
