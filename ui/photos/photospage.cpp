// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "photos/photospage.h"

#include "commands/edits.h"
#include "flowlayout.h"
#include "io/photoimport.h"
#include "photos/photodetails.h"
#include "photos/photosmodel.h"
#include "photos/photoviewer.h"
#include "photos/thumbnailcache.h"
#include "session/session.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cg {

namespace {
constexpr int ThumbnailSize = 180;
}

PhotosPage::PhotosPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_thumbnails(new ThumbnailCache(session, ThumbnailSize, this))
    , m_model(new PhotosModel(session, m_thumbnails, this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_view(new QListView(this))
    , m_details(new PhotoDetails(session))
    , m_add(new QPushButton(tr("&Add photos…"), this))
    , m_fullSize(new QCheckBox(tr("Keep &full size"), this))
    , m_open(new QPushButton(tr("&View"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    auto *heading = new QLabel(tr("Photos"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    m_count->setObjectName(QStringLiteral("hint"));
    m_count->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_add->setToolTip(tr("Add photos of paper flipcharts (Ctrl+Shift+P)"));
    m_fullSize->setToolTip(tr("Keep photos exactly as they are. Unticked, large photos are scaled down to %1 "
                              "pixels on their longest side, which keeps the workshop file small.")
                               .arg(io::photos::defaultLongestSide));
    m_open->setToolTip(tr("Look at the photo at full size (Enter)"));
    m_delete->setToolTip(tr("Delete the photo from the workshop (Delete); Undo brings it back"));
    auto *toolbar = new FlowLayout; // wraps rather than widen the page at 200 % or in large type
    toolbar->setHorizontalSpacing(10);
    toolbar->setVerticalSpacing(8);
    toolbar->addWidget(m_add);
    toolbar->addWidget(m_fullSize);
    toolbar->addWidget(m_open);
    toolbar->addWidget(m_delete);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Photos"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    m_view->setGridSize(QSize(ThumbnailSize + 40, ThumbnailSize + 64));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSpacing(6);

    auto *left = new QVBoxLayout;
    left->setContentsMargins(28, 24, 12, 20);
    left->setSpacing(10);
    left->addWidget(heading);
    left->addWidget(m_count);
    left->addLayout(toolbar);
    left->addWidget(m_message);
    left->addWidget(m_view, 1);

    auto *side = new QScrollArea(this);
    m_details->setParent(side);
    side->setWidget(m_details);
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->setMinimumWidth(360);
    side->setMaximumWidth(480);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(left, 1);
    layout->addWidget(side);
    // On a narrow page the photo's details go below the photos.
    stackWhenNarrow(this, layout, [](const QWidget *host) { return ems(host, 62); }, [this, side, left](bool stacked) {
        side->setMaximumWidth(stacked ? QWIDGETSIZE_MAX : 480);
        side->setMinimumHeight(stacked ? m_details->sizeHint().height() : 0);
        side->setContentsMargins(stacked ? 16 : 0, 0, stacked ? 16 : 0, 0);
        m_view->setMinimumHeight(stacked ? ThumbnailSize + 80 : 0);
        left->setContentsMargins(28, 24, stacked ? 28 : 12, 20);
    });
    setFocusProxy(m_view);

    auto *del = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { (void)deleteCurrent(); });
    connect(m_view, &QListView::activated, this, [this] { viewCurrent(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addPhotosWithDialog(); });
    connect(m_open, &QPushButton::clicked, this, &PhotosPage::viewCurrent);
    connect(m_delete, &QPushButton::clicked, this, [this] { (void)deleteCurrent(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PhotosPage::onCurrentChanged);
    connect(m_details, &PhotoDetails::viewRequested, this, &PhotosPage::viewCurrent);
    connect(m_details, &EditorPanel::statusMessage, this, &PhotosPage::statusMessage);
    connect(m_details, &EditorPanel::saved, this, [this] { Q_EMIT statusMessage(tr("Saved")); });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &PhotosPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PhotosPage::updateCount);
    updateCount();
    onCurrentChanged();
}

void PhotosPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (currentPhoto().isNull() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

QUuid PhotosPage::currentPhoto() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QUuid();
}

void PhotosPage::select(const QUuid &attachmentId)
{
    const int row = m_model->rowOf(attachmentId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void PhotosPage::onCurrentChanged()
{
    const QUuid id = currentPhoto();
    if (id != m_details->currentId()) {
        if (m_details->isModified())
            (void)m_details->save();
        m_details->showRecord(id);
    }
    m_open->setEnabled(!id.isNull());
    m_delete->setEnabled(!id.isNull());
}

void PhotosPage::updateCount()
{
    const int n = m_model->rowCount();
    m_count->setText(n == 0 ? tr("Photos of paper flipcharts and of the room. None yet: add them with “Add photos…”.")
                            : tr("Photos of paper flipcharts and of the room. %n in this workshop.", nullptr, n));
    onCurrentChanged();
}

void PhotosPage::say(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

QString PhotosPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void PhotosPage::addPhotosWithDialog(const QUuid &boardId)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    // The kinds of picture this computer can read (drawings and icons are not photos).
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        if (format != "svg" && format != "svgz" && format != "ico" && format != "cur")
            patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add photos"), folder,
        tr("Pictures (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!paths.isEmpty())
        addPhotoFiles(paths, boardId);
}

int PhotosPage::addPhotoFiles(const QStringList &paths, const QUuid &boardId)
{
    if (m_session->isReadOnly()) {
        say(tr("This workshop is open read-only, so no photos can be added."));
        return 0;
    }
    io::photos::ImportOptions options;
    options.keepFullSize = m_fullSize->isChecked();
    Edit edit;
    QStringList problems;
    QUuid last;
    for (const QString &path : paths) {
        auto photo = io::photos::importFile(path, options);
        if (!photo) {
            problems << photo.message();
            continue;
        }
        photo->id = newId();
        photo->boardId = boardId;
        auto one = edits::addAttachment(m_session->data(), *photo);
        if (!one) {
            problems << one.message();
            continue;
        }
        for (RowChange &change : one->changes)
            edit.changes.push_back(std::move(change));
        last = photo->id;
    }
    const int added = int(edit.changes.size());
    if (added > 0) {
        edit.text = added == 1 ? tr("Add photo") : tr("Add %n photos", nullptr, added);
        auto done = m_session->perform(edit);
        if (!done) {
            say(done.message());
            return 0;
        }
        select(last);
    }
    QString message = added > 0 ? tr("Added %n photos.", nullptr, added) : QString();
    if (!problems.isEmpty())
        message = (message.isEmpty() ? QString() : message + QLatin1Char(' ')) + problems.join(QLatin1Char(' '));
    say(message);
    return added;
}

bool PhotosPage::deleteCurrent()
{
    const QUuid id = currentPhoto();
    if (id.isNull())
        return false;
    const int row = m_model->rowOf(id);
    auto done = m_session->perform(edits::removeAttachment(m_session->data(), id));
    if (!done) {
        say(done.message());
        return false;
    }
    say(tr("Photo deleted. Undo (Ctrl+Z) brings it back."));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    return true;
}

void PhotosPage::viewCurrent()
{
    const QUuid id = currentPhoto();
    if (id.isNull())
        return;
    PhotoViewer viewer(m_session, id, this);
    viewer.exec();
}

} // namespace cg
