// Live preview for the article editor: posts the Markdown to the server, which renders it with the same
// pipeline as the public page, so what the editor sees is what readers will get.
(() => {
    const body = document.querySelector("textarea[data-preview]");
    if (!body) return;
    const target = document.querySelector(body.dataset.preview);
    const token = document.querySelector("input[name=__RequestVerificationToken]");
    let timer;
    body.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
            const form = new URLSearchParams({ markdownText: body.value });
            if (token) form.append("__RequestVerificationToken", token.value);
            const response = await fetch(body.dataset.previewUrl, { method: "POST", body: form });
            if (response.ok) target.innerHTML = await response.text();
        }, 400);
    });
})();

// Leaving the editor (a workflow button, a link) with unsaved changes asks first: nothing typed is lost silently.
(() => {
    const editor = document.querySelector("form.editor");
    if (!editor) return;
    let dirty = false;
    editor.addEventListener("input", () => { dirty = true; });
    editor.addEventListener("submit", () => { dirty = false; });
    window.addEventListener("beforeunload", (event) => {
        if (dirty) event.preventDefault();
    });
})();
