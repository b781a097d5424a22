// Drag and drop for the media library's upload form. Without JavaScript the file picker works as it is; this only
// lets files dropped on the frame join the picker's selection, and lists what will be sent.
(function () {
    'use strict';
    var form = document.querySelector('[data-media-upload]');
    if (!form || typeof DataTransfer === 'undefined') {
        return;
    }
    var zone = form.querySelector('[data-dropzone]');
    var input = form.querySelector('input[type=file]');
    var list = form.querySelector('[data-file-list]');
    form.querySelector('[data-drop-hint]').hidden = false;

    function megabytes(bytes) {
        return (bytes / 1048576).toFixed(1).replace('.', ',') + ' MB';
    }

    function showSelection() {
        list.textContent = '';
        Array.prototype.forEach.call(input.files, function (file) {
            var item = document.createElement('li');
            item.textContent = file.name + ' (' + megabytes(file.size) + ')';
            list.appendChild(item);
        });
    }

    function highlight(on) {
        return function (event) {
            event.preventDefault();
            zone.classList.toggle('dragging', on);
        };
    }

    input.addEventListener('change', showSelection);
    zone.addEventListener('dragenter', highlight(true));
    zone.addEventListener('dragover', highlight(true));
    zone.addEventListener('dragleave', highlight(false));
    zone.addEventListener('drop', function (event) {
        highlight(false)(event);
        if (!event.dataTransfer || event.dataTransfer.files.length === 0) {
            return;
        }
        // Keep what was already picked and add what was dropped; the server checks each file's real type.
        var combined = new DataTransfer();
        Array.prototype.forEach.call(input.files, function (file) { combined.items.add(file); });
        Array.prototype.forEach.call(event.dataTransfer.files, function (file) { combined.items.add(file); });
        input.files = combined.files;
        showSelection();
    });
})();
