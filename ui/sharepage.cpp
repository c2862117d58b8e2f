// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharepage.h"

#include "export/boardpicture.h"
#include "export/reportformats.h"
#include "export/writers.h"
#include "flowlayout.h"
#include "people/consentdefaults.h"
#include "session/session.h"
#include "share/releasenote.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QSvgRenderer>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cg {

namespace {

constexpr int SectionRole = Qt::UserRole + 1;
constexpr int NoteRole = Qt::UserRole + 2;
/// The preview shows this much of a very large report; the file holds all of it.
constexpr qsizetype kPreviewLimit = 400 * 1024;

QString settingsKey(const char *name)
{
    return QStringLiteral("share/") + QLatin1String(name);
}

} // namespace

SharePage::SharePage(Session *session, QWidget *parent, QSettings *settings, ConsentDefaults *defaults)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_defaults(defaults)
{
    auto *heading = new QLabel(tr("Share back"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    auto *intro = new QLabel(tr("Choose who the report is for and how to save it. A report for everyone only "
                                "includes what people agreed to: anyone who has not agreed to take part "
                                "contributes nothing, names appear only with agreement to be named, and "
                                "sensitive notes stay out unless you release them."),
        this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("hint"));

    // Audience.
    m_public = new QRadioButton(tr("&Everyone (share-back report)"), this);
    m_team = new QRadioButton(tr("The workshop &team only (internal)"), this);
    m_public->setAccessibleName(tr("Audience: everyone"));
    m_team->setAccessibleName(tr("Audience: the workshop team only"));
    m_audienceGroup = new QButtonGroup(this);
    m_audienceGroup->addButton(m_public, int(Audience::Public));
    m_audienceGroup->addButton(m_team, int(Audience::Team));
    m_public->setChecked(true);

    // Format: core's report formats, then the board pictures.
    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Format"));
    for (const report::Format &f : report::formats())
        m_format->addItem(f.title, f.key);
    for (const boardpicture::Format &f : boardpicture::formats())
        m_format->addItem(f.title, f.key);

    m_board = new QComboBox(this);
    m_board->setAccessibleName(tr("Board"));

    m_sections = new QListWidget(this);
    m_sections->setAccessibleName(tr("Sections to include"));
    for (report::Section s : report::allSections()) {
        auto *item = new QListWidgetItem(report::sectionTitle(s), m_sections);
        item->setData(SectionRole, int(s));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_sections->setMinimumHeight(m_sections->sizeHintForRow(0) * 7);

    // Long format and board names must not set the page's width (the list shows them whole).
    for (QComboBox *box : { m_format, m_board }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    auto *choices = new QFormLayout;
    choices->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *audienceBox = new QVBoxLayout;
    audienceBox->addWidget(m_public);
    audienceBox->addWidget(m_team);
    choices->addRow(tr("For:"), audienceBox);
    choices->addRow(tr("&Format:"), m_format);
    choices->addRow(tr("&Board:"), m_board);
    auto *sectionsLabel = new QLabel(tr("&Sections (Space ticks one):"), this);
    sectionsLabel->setBuddy(m_sections);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("shareSummary"));
    m_withheld = new QLabel(this);
    for (QLabel *label : { m_summary, m_withheld }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }

    auto *heldLabel = new QLabel(tr("Sensitive notes &held back from public reports"), this);
    heldLabel->setObjectName(QStringLiteral("sectionHeading"));
    heldLabel->setWordWrap(true);
    m_heldBack = new QListWidget(this);
    m_heldBack->setAccessibleName(tr("Sensitive notes held back from public reports"));
    m_heldBack->setWordWrap(true);
    m_heldBack->setMaximumHeight(150);
    heldLabel->setBuddy(m_heldBack);
    m_release = new QPushButton(tr("&Release for public reports"), this);
    m_release->setToolTip(tr("Let the chosen sensitive note into public reports (Ctrl+Z undoes it)"));
    m_release->setAutoDefault(false);

    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("bigAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Save the report as it is shown in the preview (Ctrl+Shift+E)"));
    m_export->setAutoDefault(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAutoDefault(false);
    m_cancel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // how long building takes is not known in advance
    m_progress->setAccessibleName(tr("Export in progress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    // Preview: the rendered document, the very text, or the picture.
    auto *previewLabel = new QLabel(tr("&Preview: exactly what will be written"), this);
    previewLabel->setObjectName(QStringLiteral("sectionHeading"));
    previewLabel->setWordWrap(true);
    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(QStringLiteral("hint"));
    m_previewNote->setWordWrap(true);
    m_previewNote->setTextFormat(Qt::PlainText);
    m_preview = new QStackedWidget(this);
    m_rendered = new QTextBrowser(this);
    m_rendered->setOpenLinks(false);
    m_rendered->setAccessibleName(tr("Preview of the report"));
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setAccessibleName(tr("Preview of the file's text"));
    m_picture = new QLabel(this);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setAccessibleName(tr("Preview of the board picture"));
    auto *pictureScroll = new QScrollArea(this);
    pictureScroll->setWidget(m_picture);
    pictureScroll->setWidgetResizable(true);
    m_preview->addWidget(m_rendered);
    m_preview->addWidget(m_text);
    m_preview->addWidget(pictureScroll);
    previewLabel->setBuddy(m_preview);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 12, 0);
    leftLayout->addLayout(choices);
    leftLayout->addWidget(sectionsLabel);
    leftLayout->addWidget(m_sections, 1);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_withheld);
    leftLayout->addWidget(heldLabel);
    leftLayout->addWidget(m_heldBack);
    auto *releaseRow = new QHBoxLayout;
    releaseRow->addWidget(m_release);
    releaseRow->addStretch();
    leftLayout->addLayout(releaseRow);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_progress, 1);
    exportRow->addWidget(m_cancel);
    exportRow->addStretch();
    exportRow->addWidget(m_export);
    leftLayout->addLayout(exportRow);
    leftLayout->addWidget(m_message);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 0, 0, 0);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_previewNote);
    rightLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    // On a narrow page the preview goes below the choices.
    stackWhenNarrow(this, splitter, [](const QWidget *host) { return ems(host, 56); }, [left, right](bool stacked) {
        left->setMinimumHeight(stacked ? left->sizeHint().height() : 0);
        right->setMinimumHeight(stacked ? ems(right, 24) : 0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_public);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &SharePage::updatePreview);

    auto changed = [this] {
        if (m_restoring)
            return;
        remember();
        schedulePreview();
    };
    connect(m_audienceGroup, &QButtonGroup::idToggled, this, [this, changed](int, bool on) {
        if (!on)
            return;
        updateSectionsForAudience();
        updateSummary();
        changed();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, changed] {
        fillBoards();
        changed();
    });
    connect(m_board, &QComboBox::currentIndexChanged, this, changed);
    connect(m_sections, &QListWidget::itemChanged, this, changed);
    connect(m_release, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_heldBack->currentItem())
            (void)setReleased(item->data(NoteRole).toUuid(), true);
    });
    connect(m_heldBack, &QListWidget::currentItemChanged, this,
        [this] { m_release->setEnabled(m_heldBack->currentItem() != nullptr); });
    connect(m_export, &QPushButton::clicked, this, &SharePage::chooseAndExport);
    connect(m_cancel, &QPushButton::clicked, this, &SharePage::cancelExport);
    connect(session, &Session::editApplied, this, &SharePage::refresh);

    restore();
    refresh();
}

SharePage::~SharePage()
{
    if (m_worker) {
        *m_cancelled = true;
        m_worker->wait();
    }
}

Audience SharePage::audience() const
{
    return m_team->isChecked() ? Audience::Team : Audience::Public;
}

void SharePage::setAudience(Audience audience)
{
    (audience == Audience::Team ? m_team : m_public)->setChecked(true);
}

QString SharePage::formatKey() const
{
    return m_format->currentData().toString();
}

void SharePage::setFormatKey(const QString &key)
{
    const int index = m_format->findData(key);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QUuid SharePage::boardId() const
{
    return m_board->currentData().toUuid();
}

void SharePage::setBoardId(const QUuid &id)
{
    const int index = m_board->findData(id);
    if (index >= 0)
        m_board->setCurrentIndex(index);
}

QList<report::Section> SharePage::sections() const
{
    QList<report::Section> out;
    for (int i = 0; i < m_sections->count(); ++i) {
        const QListWidgetItem *item = m_sections->item(i);
        if (item->checkState() == Qt::Checked && !item->isHidden())
            out << report::Section(item->data(SectionRole).toInt());
    }
    return out;
}

void SharePage::setSections(const QList<report::Section> &sections)
{
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        item->setCheckState(sections.contains(report::Section(item->data(SectionRole).toInt())) ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    }
}

bool SharePage::isPicture() const
{
    return boardpicture::findFormat(formatKey()) != nullptr;
}

QString SharePage::actor() const
{
    return m_defaults ? m_defaults->recorderFor(m_session->workshop()) : QString();
}

report::Options SharePage::options() const
{
    report::Options options;
    options.sections = sections();
    options.boardId = boardId();
    return options;
}

Result<QByteArray> SharePage::currentBytes() const
{
    if (isPicture()) {
        if (boardId().isNull())
            return fail(tr("Choose a board to draw."));
        return boardpicture::render(*m_session, boardId(), audience(), formatKey());
    }
    const report::Format *format = report::findFormat(formatKey());
    if (!format)
        return fail(tr("Choose a format."));
    auto data = m_session->completeData(); // with the photos' bytes
    if (!data)
        return fail(data.message());
    return format->write(*data, report::build(*data, audience(), options()));
}

void SharePage::refresh()
{
    fillBoards();
    fillHeldBack();
    updateSectionsForAudience();
    updateSummary();
    schedulePreview();
}

void SharePage::schedulePreview()
{
    m_previewTimer->start();
}

void SharePage::updateSectionsForAudience()
{
    // Team-only sections are not offered for everyone: they could never be in a public report.
    const bool team = audience() == Audience::Team;
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        item->setHidden(!team && report::isTeamOnly(report::Section(item->data(SectionRole).toInt())));
    }
    m_sections->setEnabled(!isPicture());
}

void SharePage::fillBoards()
{
    const QUuid current = m_board->currentData().toUuid();
    const bool picture = isPicture();
    const QSignalBlocker blocker(m_board);
    m_board->clear();
    if (!picture)
        m_board->addItem(tr("All boards"), QUuid());
    std::vector<const Board *> boards;
    for (const Board &b : m_session->data().boards)
        boards.push_back(&b);
    std::stable_sort(boards.begin(), boards.end(), [](const Board *a, const Board *b) { return a->position < b->position; });
    for (const Board *b : boards)
        m_board->addItem(b->title, b->id);
    const int index = m_board->findData(current);
    m_board->setCurrentIndex(index >= 0 ? index : 0);
    m_sections->setEnabled(!picture);
}

void SharePage::fillHeldBack()
{
    const QUuid current = m_heldBack->currentItem() ? m_heldBack->currentItem()->data(NoteRole).toUuid() : QUuid();
    m_heldBack->clear();
    const WorkshopData &data = m_session->data();
    const ConsentPolicy policy(data);
    for (const Note &n : data.notes) {
        // Only notes the release would let out: a sensitive note whose author has not agreed to
        // take part stays out whatever is released.
        if (policy.whyWithheld(n, Audience::Public) != ConsentPolicy::NoteWithheld::Sensitive)
            continue;
        const Board *board = data.boards.find(n.boardId);
        auto *item = new QListWidgetItem(
            tr("%1 — on %2").arg(n.text.simplified().left(120), board ? board->title : tr("a board")), m_heldBack);
        item->setData(NoteRole, n.id);
        if (n.id == current)
            m_heldBack->setCurrentItem(item);
    }
    if (m_heldBack->count() == 0)
        new QListWidgetItem(tr("None: no sensitive note is waiting."), m_heldBack);
    m_release->setEnabled(m_heldBack->currentItem() && !m_heldBack->currentItem()->data(NoteRole).isNull());
}

void SharePage::updateSummary()
{
    const WorkshopData &data = m_session->data();
    const ConsentPolicy policy(data);
    int takingPart = 0;
    for (const Participant &person : data.participants)
        takingPart += policy.takesPart(person.id) ? 1 : 0;
    m_summary->setText(tr("Contributions from %1 of %n people can be included.", nullptr, int(data.participants.size()))
                           .arg(takingPart));
    // Why notes are held back: the policy says why; this view only counts.
    int notTakingPart = 0;
    int sensitive = 0;
    int quotes = 0;
    const Audience a = audience();
    for (const Note &note : data.notes) {
        switch (policy.whyWithheld(note, a)) {
        case ConsentPolicy::NoteWithheld::No:
            break;
        case ConsentPolicy::NoteWithheld::AuthorNotTakingPart:
            ++notTakingPart;
            break;
        case ConsentPolicy::NoteWithheld::Sensitive:
            ++sensitive;
            break;
        case ConsentPolicy::NoteWithheld::QuoteWithoutAgreement:
            ++quotes;
            break;
        }
    }
    const WithheldCount withheld = policy.withheld(a);
    QStringList lines;
    // "Label: number" reads right for any number without plural forms from a translation file.
    lines << tr("Notes left out because their author has not agreed to take part: %1").arg(notTakingPart);
    if (a == Audience::Public) {
        lines << tr("Sensitive notes held back until you release them: %1").arg(sensitive);
        lines << tr("Direct quotes left out because their author has not agreed to be quoted: %1").arg(quotes);
    }
    lines << tr("Votes, feedback answers and photos left out: %1, %2, %3")
                 .arg(withheld.votes)
                 .arg(withheld.feedback)
                 .arg(withheld.photos);
    m_withheld->setText(lines.join(QLatin1Char('\n')));
}

void SharePage::updatePreview()
{
    if (isPicture() && boardId().isNull()) {
        m_previewNote->setText(tr("Choose a board to draw."));
        m_picture->clear();
        m_preview->setCurrentIndex(2);
        return;
    }
    const report::Format *format = report::findFormat(formatKey());
    if (format && format->binary && format->document) {
        // PDF, ODT and DOCX: never their bytes as text, and not made on every change (a large
        // workshop's PDF takes seconds); the preview is the very document they are made from.
        auto data = m_session->completeData(); // with the photos' bytes
        if (!data) {
            m_previewNote->setText(data.message());
            return;
        }
        QString html = QString::fromUtf8(doc::toHtml(format->document(report::build(*data, audience(), options()))));
        // The web page's own furniture (its skip link and contents list) is not in these files:
        // they have bookmarks and headings instead.
        static const QRegularExpression furniture(QStringLiteral("<a class=\"skip\"[^>]*>.*?</a>|<nav\\b.*?</nav>"),
            QRegularExpression::DotMatchesEverythingOption);
        html.remove(furniture);
        const bool cut = html.size() > kPreviewLimit;
        m_previewNote->setText(cut ? tr("The report is long: the preview shows its beginning. The %1 file holds all "
                                        "of it and is made when you export.")
                                         .arg(format->title)
                                   : tr("The %1 file is made when you export; it holds what the preview shows.")
                                         .arg(format->title));
        // A cut document is still rendered: the browser closes what the cut left open.
        m_rendered->setHtml(cut ? html.left(kPreviewLimit) : html);
        m_preview->setCurrentIndex(0);
        return;
    }
    auto bytes = currentBytes();
    if (!bytes) {
        m_previewNote->setText(bytes.message());
        return;
    }
    const bool cut = bytes->size() > kPreviewLimit;
    m_previewNote->setText(cut ? tr("The report is long: the preview shows its beginning. The file holds all of it.")
                               : tr("%1 KB").arg(std::max<qsizetype>(1, bytes->size() / 1024)));
    if (isPicture()) {
        QImage image;
        if (formatKey() == QLatin1String("png")) {
            image.loadFromData(*bytes, "PNG");
        } else {
            // The SVG itself, drawn by Qt's SVG renderer: what a browser will show.
            QSvgRenderer svg(*bytes);
            const QSize size = svg.defaultSize().scaled(900, 700, Qt::KeepAspectRatio);
            image = QImage(size.isEmpty() ? QSize(1, 1) : size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            svg.render(&painter);
        }
        m_picture->setPixmap(QPixmap::fromImage(image.scaled(900, 700, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_preview->setCurrentIndex(2);
        return;
    }
    if (format && format->preview == report::Format::Preview::Document && format->document) {
        // The same HTML writer as the file, shown by the text browser (which ignores the print
        // styles).
        const QByteArray html = cut ? QByteArray() : *bytes;
        if (!cut) {
            m_rendered->setHtml(QString::fromUtf8(html));
        } else {
            m_rendered->setPlainText(QString::fromUtf8(bytes->left(kPreviewLimit)));
        }
        m_preview->setCurrentIndex(0);
        return;
    }
    QByteArray text = bytes->left(kPreviewLimit);
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // the byte-order mark is for spreadsheets, not for eyes
    m_text->setPlainText(QString::fromUtf8(text));
    m_preview->setCurrentIndex(1);
}

QString SharePage::summary() const
{
    return m_summary->text();
}

QString SharePage::previewText() const
{
    switch (m_preview->currentIndex()) {
    case 0:
        return m_rendered->toPlainText();
    case 1:
        return m_text->toPlainText();
    default:
        return {};
    }
}

Result<void> SharePage::setReleased(const QUuid &noteId, bool released)
{
    auto done = share::setReleased(*m_session, noteId, released, actor());
    m_message->setText(done ? (released ? tr("Released: the note can now appear in public reports. Ctrl+Z undoes it.")
                                        : tr("The note is held back from public reports again."))
                            : done.message());
    m_message->show();
    return done;
}

void SharePage::remember() const
{
    if (!m_settings)
        return;
    m_settings->setValue(settingsKey("audience"), audience() == Audience::Team ? QStringLiteral("team") : QStringLiteral("public"));
    m_settings->setValue(settingsKey("format"), formatKey());
    QStringList keys;
    for (report::Section s : sections())
        keys << report::sectionKey(s);
    // Team-only sections are remembered too, so switching back to the team keeps them.
    for (int i = 0; i < m_sections->count(); ++i) {
        const QListWidgetItem *item = m_sections->item(i);
        const auto s = report::Section(item->data(SectionRole).toInt());
        if (item->isHidden() && item->checkState() == Qt::Checked)
            keys << report::sectionKey(s);
    }
    m_settings->setValue(settingsKey("sections"), keys);
}

void SharePage::restore()
{
    if (!m_settings)
        return;
    m_restoring = true;
    setAudience(m_settings->value(settingsKey("audience")).toString() == QLatin1String("team") ? Audience::Team
                                                                                               : Audience::Public);
    setFormatKey(m_settings->value(settingsKey("format"), QStringLiteral("html")).toString());
    if (m_settings->contains(settingsKey("sections"))) {
        QList<report::Section> chosen;
        for (const QString &key : m_settings->value(settingsKey("sections")).toStringList()) {
            if (const auto s = report::sectionFromKey(key))
                chosen << *s;
        }
        setSections(chosen);
    }
    m_restoring = false;
}

void SharePage::chooseAndExport()
{
    QString extension = QStringLiteral("html");
    QString title = m_format->currentText();
    QString variant; // "easyread" of "easyread-pdf": several formats share an extension
    if (const report::Format *f = report::findFormat(formatKey())) {
        extension = f->extension;
        if (f->key != f->extension)
            variant = QLatin1Char('-') + f->key.section(QLatin1Char('-'), 0, 0);
    } else if (const boardpicture::Format *p = boardpicture::findFormat(formatKey())) {
        extension = p->extension;
    }
    const QString base = (audience() == Audience::Public ? tr("share-back") : tr("team-report-not-for-sharing")) + variant;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(title),
        QDir::home().filePath(base + QLatin1Char('.') + extension), tr("%1 (*.%2)").arg(title, extension));
    if (!path.isEmpty())
        (void)exportTo(path);
}

Result<void> SharePage::exportTo(const QString &path, bool wait)
{
    if (m_worker)
        return fail(tr("An export is already running."));
    m_message->hide();
    if (isPicture()) {
        // Pictures are painted by the canvas's code, which lives on this thread.
        auto bytes = currentBytes();
        const ExportRecord record = boardpicture::exportRecord(*m_session, boardId(), audience(), formatKey());
        return finishExport(path, bytes, record);
    }
    const report::Format *format = report::findFormat(formatKey());
    if (!format)
        return fail(tr("Choose a format."));
    // The worker reads its own copy of the workshop, so editing may go on while it runs.
    // With the photos' bytes, which data() leaves in the file until they are wanted.
    auto complete = m_session->completeData();
    if (!complete)
        return fail(complete.message());
    auto data = std::make_shared<WorkshopData>(std::move(*complete));
    auto result = std::make_shared<Result<QByteArray>>(fail(tr("The export was cancelled; nothing was written.")));
    auto record = std::make_shared<ExportRecord>();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    const Audience a = audience();
    const report::Options o = options();
    const report::Format f = *format;
    QThread *worker = QThread::create([data, result, record, cancelled, a, o, f] {
        const report::Report built = report::build(*data, a, o);
        if (*cancelled)
            return;
        *record = report::exportRecord(built, f.title);
        auto bytes = f.write(*data, built);
        if (!*cancelled)
            *result = std::move(bytes);
    });
    m_worker = worker;
    m_progress->show();
    m_cancel->show();
    m_export->setEnabled(false);
    connect(worker, &QThread::finished, this, [this, worker, path, result, record, cancelled] {
        worker->deleteLater();
        m_worker = nullptr;
        m_progress->hide();
        m_cancel->hide();
        m_export->setEnabled(true);
        if (*cancelled) {
            m_message->setText(tr("The export was cancelled; nothing was written."));
            m_message->show();
            Q_EMIT exportFinished(false, m_message->text());
            return;
        }
        m_lastExport = finishExport(path, *result, *record);
    });
    m_lastExport = fail(tr("The export did not finish."));
    worker->start();
    if (!wait)
        return {};
    worker->wait();
    QCoreApplication::sendPostedEvents(); // deliver finished() now
    QCoreApplication::processEvents();
    return m_lastExport;
}

void SharePage::cancelExport()
{
    if (m_cancelled)
        *m_cancelled = true;
}

Result<void> SharePage::finishExport(const QString &path, const Result<QByteArray> &bytes, const ExportRecord &record)
{
    if (!bytes) {
        m_message->setText(bytes.message());
        m_message->show();
        Q_EMIT exportFinished(false, bytes.message());
        return bytes.error();
    }
    QString auditProblem;
    auto done = report::writeAndRecord(*m_session, path, *bytes, record, actor(), &auditProblem);
    QString message;
    if (!done)
        message = done.message();
    else if (!auditProblem.isEmpty())
        message = auditProblem;
    else
        message = tr("Saved %1. The export is recorded in the workshop's audit trail.")
                      .arg(QDir::toNativeSeparators(path));
    m_message->setText(message);
    m_message->show();
    Q_EMIT exportFinished(done.ok(), message);
    return done;
}

} // namespace cg
