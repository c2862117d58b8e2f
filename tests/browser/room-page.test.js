// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The room page in a real browser: Debian's Chromium, headless, driven by puppeteer-core (which
// never downloads a browser). Joins, says who the person is with their personal code, sends a note
// with script in it, places and takes back a dot, hears of another phone's note over the live
// socket, and sends a note typed while offline once the connection is back.
//
//   node room-page.test.js CLI [SCREENSHOT.png [SAY-WHO-I-AM.png]]
'use strict';

const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

const cli = process.argv[2];
const screenshot = process.argv[3];
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

function fail(message) {
    console.error('FAIL: ' + message);
    process.exitCode = 1;
    throw new Error(message);
}
function expect(condition, message) {
    if (!condition) fail(message);
    console.log('ok - ' + message);
}

// One JSON request as another phone would send it.
function send(url, method, pathName, body, token) {
    return new Promise((resolve, reject) => {
        const data = body === null ? '' : JSON.stringify(body);
        const headers = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) };
        if (token) headers.Authorization = 'Bearer ' + token;
        const request = http.request(new URL(pathName, url), { method, headers }, (response) => {
            let text = '';
            response.on('data', (d) => { text += d; });
            response.on('end', () => resolve({ status: response.statusCode, body: JSON.parse(text || '{}') }));
        });
        request.on('error', reject);
        request.end(data);
    });
}

async function main() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-room-browser-'));
    const file = path.join(dir, 'day.cgw');
    execFileSync(cli, ['new', file, '--title', 'Browser test']);
    execFileSync(cli, ['add-note', file, '--board', 'Table 1', '--text', 'Buses every ten minutes']);
    const people = path.join(dir, 'people.csv');
    fs.writeFileSync(people, 'name,take_part\nAmira Haddad,yes\n');
    execFileSync(cli, ['import-participants', file, people]);
    const codes = execFileSync(cli, ['room', file, '--personal-codes']).toString();
    const personal = /^Amira Haddad\t([A-Z0-9]{4}-[A-Z0-9]{4})$/m.exec(codes);
    expect(personal, 'the personal code is listed: ' + codes.trim());

    const room = spawn(cli, ['room', file, '--port', '0', '--code', 'KM47TX', '--vote', 'Table 1', '--dots', '2']);
    let stderr = '';
    room.stderr.on('data', (d) => { stderr += d; });
    const first = await new Promise((resolve, reject) => {
        let out = '';
        room.stdout.on('data', (d) => {
            out += d;
            if (out.includes('\n')) resolve(out.split('\n')[0]);
        });
        room.on('exit', () => reject(new Error('room stopped early: ' + stderr)));
    });
    const match = /^room: (http:\/\/127\.0\.0\.1:\d+\/) code KM47TX$/.exec(first);
    expect(match, 'room prints its address and code: ' + first);
    const url = match[1];

    const browser = await puppeteer.launch({
        executablePath: chromium,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions'],
        userDataDir: path.join(dir, 'profile'),
    });
    try {
        const page = await browser.newPage();
        await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
        const problems = [];
        page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
        page.on('pageerror', (e) => problems.push(String(e)));
        await page.goto(url, { waitUntil: 'load' });

        expect(await page.$eval('label[for=code]', (l) => l.textContent.length > 0), 'the code field has a label');
        await page.type('#code', 'km47tx');
        await page.click('#join-button');
        await page.waitForSelector('#write:not([hidden])', { timeout: 5000 });
        expect(true, 'joining shows the note form');
        expect(await page.$eval('#board', (s) => s.options[s.selectedIndex].textContent) === 'Table 1', 'the table is offered');

        if (process.argv[4]) {
            await page.type('#personal-code', personal[1]);
            await page.$eval('#who', (w) => w.scrollIntoView());
            await page.screenshot({ path: process.argv[4], fullPage: false });
            console.log('screenshot: ' + process.argv[4]);
            await page.$eval('#personal-code', (i) => { i.value = ''; });
        }

        // Say who I am: the personal code given at check-in.
        expect(await page.$eval('label[for=personal-code]', (l) => l.textContent.length > 0), 'the personal code field has a label');
        await page.type('#personal-code', 'nope-nope');
        await page.click('#who-button');
        await page.waitForFunction(() => document.getElementById('status').textContent.indexOf('That personal code is not right') === 0, { timeout: 5000 });
        expect(true, 'a wrong personal code is refused in plain words');
        await page.$eval('#personal-code', (i) => { i.value = ''; });
        await page.type('#personal-code', personal[1].toLowerCase());
        await page.click('#who-button');
        await page.waitForSelector('#who-linked:not([hidden])', { timeout: 5000 });
        expect(await page.$eval('#anon-hint', (p) => p.textContent) === 'Notes are sent as yours.', 'the page says notes are sent as theirs');
        expect(await page.evaluate(() => document.body.innerText.indexOf('Amira') < 0 && localStorage.getItem('cg-room-me').indexOf('Amira') < 0),
               'and never shows or keeps the name');

        const script = '<script>window.hacked=1</script><img src=x onerror="window.hacked=2">';
        await page.type('#text', script);
        await page.click('#send-button');
        await page.waitForFunction(() => document.getElementById('status').textContent.indexOf('Sent') === 0, { timeout: 5000 });
        expect(true, 'a note is sent');

        // The vote opened by --vote shows the board's notes; place a dot, then take it back.
        await page.waitForSelector('#vote:not([hidden]) #vote-notes li', { timeout: 8000 });
        await page.waitForFunction(() => document.querySelectorAll('#vote-notes li').length === 2, { timeout: 8000 });
        const texts = await page.$$eval('#vote-notes .words', (ps) => ps.map((p) => p.textContent));
        expect(texts.indexOf(script) >= 0, 'the note with script in it is shown as text');
        expect(await page.evaluate(() => window.hacked === undefined && !document.querySelector('#vote-notes img, #vote-notes script')),
               'no markup from a note ran or was inserted');
        const before = await page.$eval('#dots-left', (p) => p.textContent);
        expect(before === 'You have 2 dots left.', 'two dots to start with: ' + before);
        await page.click('#vote-notes li button');
        await page.waitForFunction(() => document.getElementById('dots-left').textContent === 'You have 1 dot left.', { timeout: 5000 });
        expect(true, 'placing a dot uses one');
        await page.waitForSelector('#vote-notes li button.quiet', { timeout: 5000 });
        await page.click('#vote-notes li button.quiet');
        await page.waitForFunction(() => document.getElementById('dots-left').textContent === 'You have 2 dots left.', { timeout: 5000 });
        expect(true, 'taking the dot back returns it');

        // Another phone's note reaches this one over the live socket, well before the next poll
        // (polling slows to every 30 seconds while the socket is up).
        await page.waitForFunction(() => true, { timeout: 1000 });
        const other = await send(url, 'POST', '/api/join', { code: 'KM47TX' }, null);
        expect(other.status === 200, 'a second phone joins');
        const sent = await send(url, 'POST', '/api/notes', { id: '9b2d3f1e-8c4a-4d5b-9e6f-1a2b3c4d5e6f', board: other.body.boards[0].id, text: 'From the next table' }, other.body.token);
        expect(sent.status === 201, 'and sends a note');
        await page.waitForFunction(() => document.querySelectorAll('#vote-notes li').length === 3, { timeout: 3000 });
        expect(true, 'the note is on this phone within moments, pushed over the live socket');

        // Offline: the note is kept and sent once the connection is back.
        await page.setOfflineMode(true);
        await page.type('#text', 'Written with no signal');
        await page.click('#send-button');
        await page.waitForFunction(() => document.getElementById('status').textContent.indexOf('No connection') === 0, { timeout: 5000 });
        expect(await page.$eval('#outbox', (o) => !o.hidden), 'the unsent note is shown as waiting');
        expect(await page.evaluate(() => JSON.parse(localStorage.getItem('cg-room-outbox')).length === 1), 'and kept on the phone');
        await page.setOfflineMode(false);
        await page.waitForFunction(() => document.getElementById('outbox').hidden, { timeout: 10000 });
        expect(true, 'it is sent when the connection is back');
        await page.waitForFunction(() => document.querySelectorAll('#vote-notes li').length === 4, { timeout: 8000 });
        expect(true, 'and appears once on the board');
        expect(problems.length === 0 || problems.every((p) => /net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)),
               'no script errors: ' + problems.join('; '));

        if (screenshot) {
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: screenshot, fullPage: false });
            console.log('screenshot: ' + screenshot);
        }
    } finally {
        await browser.close();
    }

    room.kill('SIGTERM');
    const code = await new Promise((resolve) => room.on('exit', (c) => resolve(c)));
    expect(code === 0, 'room stops on SIGTERM with exit 0');
    execFileSync(cli, ['check', file]);
    expect(true, 'the file passes check');
    const archive = path.join(dir, 'day.json');
    execFileSync(cli, ['export-json', file, archive]);
    const notes = JSON.parse(fs.readFileSync(archive, 'utf8')).notes || [];
    const mine = notes.filter((n) => n.text === 'Written with no signal');
    expect(mine.length === 1 && mine[0].authorKind === 'participant' && mine[0].authorId,
           'the note from the linked phone carries its author: ' + JSON.stringify(mine[0] || {}));
    fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exitCode = 1;
});
