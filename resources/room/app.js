// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The room page. Plain ES5 and XMLHttpRequest, so that a phone five years old runs it; a WebSocket
// (where there is one) only says when to ask again. Every
// piece of text shown goes in through textContent: a note is never markup. Unsent notes are kept
// in localStorage with their own ids and sent again until the laptop answers; the id makes a
// repeat harmless (the laptop counts it once).
(function () {
    'use strict';

    var TOKEN = 'cg-room-token';
    var OUTBOX = 'cg-room-outbox';
    var ME = 'cg-room-me';
    var RETRY_MS = 4000;
    var POLL_MS = 5000;
    // While the live socket is up, the laptop says when something changed; polling then only
    // checks now and then, and takes over again as soon as the socket fails.
    var POLLS_WHEN_LIVE = 6;
    var live = { socket: null, up: false, retryMs: 2000, ticks: 0 };

    function $(id) { return document.getElementById(id); }

    function load(key, fallback) {
        try {
            var value = window.localStorage.getItem(key);
            return value === null ? fallback : JSON.parse(value);
        } catch (e) {
            return fallback;
        }
    }
    function save(key, value) {
        try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode: kept in memory only */ }
    }

    var memory = { token: load(TOKEN, null), outbox: load(OUTBOX, []), me: load(ME, { linked: false }),
                   vote: null, sending: false };

    function uuid() {
        var bytes = new Array(16);
        var cryptoObject = window.crypto || window.msCrypto;
        if (cryptoObject && cryptoObject.getRandomValues) {
            var random = new Uint8Array(16);
            cryptoObject.getRandomValues(random);
            for (var i = 0; i < 16; i++) bytes[i] = random[i];
        } else {
            for (var j = 0; j < 16; j++) bytes[j] = Math.floor(Math.random() * 256);
        }
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        var hex = '';
        for (var k = 0; k < 16; k++) {
            hex += (bytes[k] + 0x100).toString(16).substr(1);
            if (k === 3 || k === 5 || k === 7 || k === 9) hex += '-';
        }
        return hex;
    }

    function say(text, kind) {
        var status = $('status');
        status.textContent = text;
        status.className = kind || '';
    }

    // One request; done(status, body) with status 0 when there was no answer at all.
    function call(method, path, body, done) {
        var xhr = new XMLHttpRequest();
        xhr.open(method, path, true);
        xhr.timeout = 15000;
        if (body !== null) xhr.setRequestHeader('Content-Type', 'application/json');
        if (memory.token) xhr.setRequestHeader('Authorization', 'Bearer ' + memory.token);
        xhr.onreadystatechange = function () {
            if (xhr.readyState !== 4) return;
            var parsed = {};
            try { parsed = JSON.parse(xhr.responseText || '{}'); } catch (e) { parsed = {}; }
            done(xhr.status, parsed);
        };
        xhr.send(body === null ? null : JSON.stringify(body));
    }

    // Whether this phone said who the person is. The laptop tells only that, and whether their
    // notes can be kept: never a name.
    function showMe(me) {
        memory.me = me && me.linked ? me : { linked: false };
        save(ME, memory.me);
        var linked = memory.me.linked;
        $('who-form').hidden = linked;
        $('who-linked').hidden = !linked;
        $('who-forget').hidden = !linked;
        if (linked && memory.me.kept === false && memory.me.message) {
            $('who-linked').textContent = memory.me.message;
        } else {
            $('who-linked').textContent = 'Your notes are sent as yours. How they are shown follows what you agreed at check-in.';
        }
        $('anon-hint').textContent = linked ? 'Notes are sent as yours.' : 'Notes are sent without your name.';
    }

    function show(joined) {
        $('join').hidden = joined;
        $('write').hidden = !joined;
        $('who').hidden = !joined;
        $('leave').hidden = !joined;
        if (!joined) $('vote').hidden = true;
    }

    function fillBoards(boards) {
        var select = $('board');
        var wanted = select.value || queryValue('board');
        while (select.firstChild) select.removeChild(select.firstChild);
        for (var i = 0; i < boards.length; i++) {
            var option = document.createElement('option');
            option.value = boards[i].id;
            option.textContent = boards[i].title;
            select.appendChild(option);
        }
        if (wanted) select.value = wanted;
        if (!select.value && boards.length) select.value = boards[0].id;
    }

    function queryValue(name) {
        var match = new RegExp('[?&]' + name + '=([^&#]*)').exec(window.location.search);
        return match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : '';
    }

    function signedOut(message) {
        memory.token = null;
        save(TOKEN, null);
        closeLive();
        showMe({ linked: false });
        show(false);
        say(message || 'Join again with the code on the screen.', 'problem');
    }

    function showOutbox() {
        var box = $('outbox');
        var n = memory.outbox.length;
        box.hidden = n === 0;
        box.textContent = n === 1 ? 'One note is waiting to be sent. It will go as soon as the connection is back.'
                                  : n + ' notes are waiting to be sent. They will go as soon as the connection is back.';
    }

    // Sends the oldest unsent note; on an answer, the next. Kept notes leave the outbox only when
    // the laptop has said it has them (201 or 200).
    function sendNext() {
        if (memory.sending || !memory.token || memory.outbox.length === 0) return;
        memory.sending = true;
        var note = memory.outbox[0];
        call('POST', '/api/notes', note, function (status, body) {
            memory.sending = false;
            if (status === 201 || status === 200) {
                memory.outbox.shift();
                save(OUTBOX, memory.outbox);
                showOutbox();
                say(body.status === 'waiting' ? 'Sent. The facilitator will put it on the board.'
                                              : 'Sent. Your note is on the board.', 'ok');
                sendNext();
            } else if (status === 401) {
                signedOut(body.error);
            } else if (status === 403 && body.status === 'not kept') {
                // Someone not taking part: the laptop keeps nothing, so neither does the phone.
                memory.outbox.shift();
                save(OUTBOX, memory.outbox);
                showOutbox();
                say(body.error, 'problem');
            } else if (status === 409) {
                // The personal code stopped working: back to anonymous, the note given back.
                memory.outbox.shift();
                save(OUTBOX, memory.outbox);
                showOutbox();
                showMe({ linked: false });
                if (!$('text').value) $('text').value = note.text;
                say(body.error || 'Say who you are again, or send the note without your name.', 'problem');
            } else if (status === 400 || status === 404 || status === 413) {
                // The laptop will never take this one as it is: give it back to be changed.
                memory.outbox.shift();
                save(OUTBOX, memory.outbox);
                showOutbox();
                if (!$('text').value) $('text').value = note.text;
                say(body.error || 'That note could not be sent.', 'problem');
            } else {
                showOutbox();
                say(status === 0 ? 'No connection to the room just now. Your note is kept and will be sent.'
                                 : (body.error || 'The room is busy. Your note is kept and will be sent.'), 'problem');
            }
        });
    }

    function refreshBoards() {
        if (!memory.token) return;
        call('GET', '/api/boards', null, function (status, body) {
            if (status === 200) {
                fillBoards(body.boards || []);
                if (body.me) showMe(body.me);
            }
            else if (status === 401) signedOut(body.error);
        });
    }

    function renderVote(state, notes) {
        var section = $('vote');
        if (!state || !state.open) {
            section.hidden = true;
            return;
        }
        var mine = {};
        for (var i = 0; i < state.mine.length; i++) {
            var m = state.mine[i];
            (mine[m.note] = mine[m.note] || []).push(m.id);
        }
        var left = state.dots - state.mine.length;
        $('dots-left').textContent = left === 1 ? 'You have 1 dot left.' : 'You have ' + left + ' dots left.';
        var list = $('vote-notes');
        while (list.firstChild) list.removeChild(list.firstChild);
        for (var j = 0; j < notes.length; j++) {
            list.appendChild(voteItem(notes[j], mine[notes[j].id] || [], left));
        }
        section.hidden = false;
    }

    function voteItem(note, myDots, left) {
        var item = document.createElement('li');
        var words = document.createElement('p');
        words.className = 'words';
        words.textContent = note.text;
        item.appendChild(words);
        if (myDots.length) {
            var mark = document.createElement('p');
            mark.className = 'mine';
            mark.textContent = myDots.length === 1 ? 'Your dot is on this note.' : 'Your ' + myDots.length + ' dots are on this note.';
            item.appendChild(mark);
        }
        var add = document.createElement('button');
        add.type = 'button';
        add.textContent = 'Add a dot';
        add.disabled = left <= 0;
        add.setAttribute('aria-label', 'Add a dot to: ' + note.text.substr(0, 80));
        add.onclick = function () {
            call('POST', '/api/votes', { id: uuid(), note: note.id }, function (status, body) {
                say(status === 201 || status === 200 ? 'Dot placed.' : (body.error || 'The dot could not be placed. Try again.'),
                    status === 201 || status === 200 ? 'ok' : 'problem');
                pollVote();
            });
        };
        item.appendChild(add);
        if (myDots.length) {
            var back = document.createElement('button');
            back.type = 'button';
            back.className = 'quiet';
            back.textContent = 'Take back a dot';
            back.setAttribute('aria-label', 'Take back a dot from: ' + note.text.substr(0, 80));
            back.onclick = function () {
                call('DELETE', '/api/votes/' + myDots[0], null, function (status, body) {
                    say(status === 200 ? 'Dot taken back.' : (body.error || 'The dot could not be taken back. Try again.'),
                        status === 200 ? 'ok' : 'problem');
                    pollVote();
                });
            };
            item.appendChild(back);
        }
        return item;
    }

    function connectLive() {
        if (!memory.token || live.socket || !window.WebSocket) return;
        var socket;
        try {
            socket = new window.WebSocket('ws://' + window.location.host + '/api/live');
        } catch (e) {
            return;
        }
        live.socket = socket;
        socket.onopen = function () {
            // The token goes in the first message: a page cannot set headers on a WebSocket.
            socket.send(JSON.stringify({ token: memory.token }));
        };
        socket.onmessage = function (event) {
            var message = {};
            try { message = JSON.parse(event.data); } catch (e) { return; }
            if (message.type === 'hello') {
                live.up = true;
                live.retryMs = 2000;
            } else if (message.type === 'changed') {
                refreshBoards();
                pollVote();
            }
        };
        socket.onclose = function () {
            live.socket = null;
            live.up = false;
            if (!memory.token) return;
            window.setTimeout(connectLive, live.retryMs);
            live.retryMs = Math.min(live.retryMs * 2, 60000);
        };
    }

    function closeLive() {
        if (live.socket) {
            var socket = live.socket;
            live.socket = null;
            live.up = false;
            try { socket.close(); } catch (e) { /* already closed */ }
        }
    }

    function pollVote() {
        if (!memory.token) return;
        call('GET', '/api/vote', null, function (status, state) {
            if (status === 401) return signedOut(state.error);
            if (status !== 200 || !state.open) return renderVote(null, []);
            call('GET', '/api/boards/' + state.board + '/notes', null, function (s, list) {
                if (s === 200) renderVote(state, list.notes || []);
            });
        });
    }

    $('join-form').onsubmit = function (event) {
        event.preventDefault();
        var code = $('code').value;
        if (!code.replace(/\s/g, '')) {
            say('Type the code shown on the screen.', 'problem');
            $('code').focus();
            return;
        }
        $('join-button').disabled = true;
        var request = { code: code };
        // A table's note-taker joins by a link that says so, for its table's board.
        if (queryValue('role') === 'note-taker') {
            request.role = 'note-taker';
            request.board = queryValue('board');
        }
        call('POST', '/api/join', request, function (status, body) {
            $('join-button').disabled = false;
            if (status === 200) {
                memory.token = body.token;
                save(TOKEN, body.token);
                fillBoards(body.boards || []);
                show(true);
                say('You are in. Write a note and send it.', 'ok');
                $('text').focus();
                sendNext();
                pollVote();
                connectLive();
            } else if (status === 0) {
                say('The room cannot be reached. Check the phone is on the room’s Wi-Fi, then try again.', 'problem');
            } else {
                say(body.error || 'That did not work. Try again.', 'problem');
                $('code').focus();
            }
        });
    };

    $('note-form').onsubmit = function (event) {
        event.preventDefault();
        var text = $('text').value.replace(/^\s+|\s+$/g, '');
        if (!text) {
            say('Type your note first.', 'problem');
            $('text').focus();
            return;
        }
        memory.outbox.push({ id: uuid(), board: $('board').value, text: text });
        save(OUTBOX, memory.outbox);
        $('text').value = '';
        showOutbox();
        say('Sending…', '');
        sendNext();
    };

    $('who-form').onsubmit = function (event) {
        event.preventDefault();
        var code = $('personal-code').value;
        if (!code.replace(/[\s-]/g, '')) {
            say('Type the personal code you were given at check-in.', 'problem');
            $('personal-code').focus();
            return;
        }
        $('who-button').disabled = true;
        call('POST', '/api/me', { code: code }, function (status, body) {
            $('who-button').disabled = false;
            if (status === 200) {
                $('personal-code').value = '';
                showMe(body);
                say(body.kept === false ? body.message : 'Thank you. Your notes are now sent as yours.',
                    body.kept === false ? 'problem' : 'ok');
                $('text').focus();
            } else if (status === 401) {
                signedOut(body.error);
            } else {
                say(status === 0 ? 'The room cannot be reached just now. Try again in a moment.'
                                 : (body.error || 'That did not work. Try again.'), 'problem');
                $('personal-code').focus();
            }
        });
    };

    $('who-forget').onclick = function () {
        call('DELETE', '/api/me', null, function (status, body) {
            if (status === 200) {
                showMe(body);
                say('Your notes are sent without your name again.', 'ok');
            } else if (status === 401) {
                signedOut(body.error);
            } else {
                say(body.error || 'That did not work. Try again.', 'problem');
            }
        });
    };

    $('leave').onclick = function () {
        signedOut('You have left the room on this phone.');
    };

    if (queryValue('code')) $('code').value = queryValue('code');
    show(!!memory.token);
    showMe(memory.me);
    showOutbox();
    if (memory.token) {
        refreshBoards();
        sendNext();
        pollVote();
        connectLive();
    }
    window.setInterval(sendNext, RETRY_MS);
    window.setInterval(function () {
        live.ticks += 1;
        if (!live.up || live.ticks % POLLS_WHEN_LIVE === 0) pollVote();
    }, POLL_MS);
    window.addEventListener('online', sendNext);
})();
