// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "photos/photodetails.h"
#include "look.h"

#include "commands/edits.h"
#include "consent/consentpolicy.h"
#include "models/listtext.h"
#include "people/names.h"
#include "photos/photosmodel.h"
#include "photos/thumbnailcache.h"
#include "session/session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg {

namespace {
constexpr int PersonRole = Qt::UserRole + 1;
constexpr int PreviewSize = 360;
} // namespace

PhotoDetails::PhotoDetails(Session *session, QWidget *parent)
    : EditorPanel(session, parent)
    , m_preview(new QLabel(this))
    , m_info(new QLabel(this))
    , m_caption(new QLineEdit(this))
    , m_board(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_people(new QListWidget(this))
    , m_consent(new QLabel(this))
    , m_view(new QPushButton(tr("&View full size"), this))
{
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(200);
    m_preview->setAccessibleName(tr("Preview of the photo"));
    m_info->setObjectName(QStringLiteral("hint"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    form()->addRow(m_preview);
    form()->addRow(m_info);

    m_caption->setAccessibleName(tr("Caption"));
    m_caption->setPlaceholderText(tr("What the photo shows, e.g. “Table 3's flipchart”"));
    m_caption->setMaxLength(2000);
    auto *captionLabel = new QLabel(tr("&Caption:"), this);
    captionLabel->setBuddy(m_caption);
    form()->addRow(captionLabel, m_caption);

    m_board->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_board->setMinimumContentsLength(12);
    m_board->setAccessibleName(tr("Board the photo belongs to"));
    auto *boardLabel = new QLabel(tr("&Board:"), this);
    boardLabel->setBuddy(m_board);
    form()->addRow(boardLabel, m_board);

    auto *shownLabel = new QLabel(tr("&Who is in it:"), this);
    m_search->setAccessibleName(tr("Find people shown in the photo"));
    m_search->setPlaceholderText(tr("Type a name to find them"));
    look::addClearButton(m_search);
    shownLabel->setBuddy(m_search);
    m_people->setAccessibleName(tr("People shown in the photo"));
    m_people->setMaximumHeight(170);
    body()->addWidget(shownLabel);
    body()->addWidget(m_search);
    body()->addWidget(m_people);
    m_consent->setTextFormat(Qt::PlainText);
    m_consent->setWordWrap(true);
    m_consent->setAccessibleName(tr("Whether the photo may appear in the share-back report"));
    body()->addWidget(m_consent);
    addButton(m_view);

    connect(m_caption, &QLineEdit::textEdited, this, [this] { setModified(); });
    connect(m_board, &QComboBox::activated, this, [this] { setModified(); });
    connect(m_search, &QLineEdit::textChanged, this, &PhotoDetails::filterPeople);
    // Enter in the search box ticks the one person found, so it is all keyboard.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        QListWidgetItem *only = nullptr;
        for (int i = 0; i < m_people->count(); ++i) {
            if (m_people->item(i)->isHidden())
                continue;
            if (only)
                return;
            only = m_people->item(i);
        }
        if (only) {
            only->setCheckState(only->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            m_search->clear();
        }
    });
    connect(m_people, &QListWidget::itemChanged, this, [this] {
        setModified();
        updateConsentLine();
    });
    connect(m_view, &QPushButton::clicked, this, [this] {
        if (!currentId().isNull())
            Q_EMIT viewRequested(currentId());
    });
    finishSetup();
}

QString PhotoDetails::headingFor(bool) const
{
    return currentId().isNull() ? tr("Choose a photo to see it") : tr("Photo");
}

bool PhotoDetails::concerns(const Change &change) const
{
    return change.entity == Entity::Attachment || change.entity == Entity::Participant
        || change.entity == Entity::Board || change.entity == Entity::ConsentEvent;
}

void PhotoDetails::load(const QUuid &id)
{
    const WorkshopData &data = session()->data();
    const Attachment *a = data.attachments.find(id);
    if (!a) {
        m_preview->clear();
        m_preview->setText(tr("No photo chosen"));
        m_previewOf = QUuid();
    } else if (m_previewOf != id) {
        // Read and decoded only for the photo on show.
        QPixmap picture;
        if (auto bytes = session()->attachmentData(id)) {
            const QImage image = ThumbnailCache::decode(*bytes, QSize(PreviewSize, PreviewSize));
            if (!image.isNull())
                picture = QPixmap::fromImage(image);
        }
        if (picture.isNull())
            m_preview->setText(tr("This file is not a picture."));
        else
            m_preview->setPixmap(picture);
        m_previewOf = id;
    }
    m_info->setText(a ? tr("%1 — %2").arg(a->fileName, photoSizeWords(*a)) : QString());
    m_caption->setText(a ? a->caption : QString());
    m_caption->setCursorPosition(0); // the start of a long caption, not its end
    m_board->clear();
    m_board->addItem(tr("The whole workshop"), QUuid());
    for (const QUuid &boardId : edits::boardOrder(data))
        m_board->addItem(data.boards.find(boardId)->title, boardId);
    m_board->setCurrentIndex(std::max(0, m_board->findData(a ? a->boardId : QUuid())));

    const QSignalBlocker blocker(m_people);
    m_people->clear();
    std::vector<const Participant *> people;
    for (const Participant &p : data.participants)
        people.push_back(&p);
    // Who is in the photo first, then everyone else, by name.
    auto shownIn = [a](const Participant *p) { return a && a->peopleShown.contains(p->id); };
    std::stable_sort(people.begin(), people.end(), [&](const Participant *x, const Participant *y) {
        if (shownIn(x) != shownIn(y))
            return shownIn(x);
        return personName(data, x->id).localeAwareCompare(personName(data, y->id)) < 0;
    });
    for (const Participant *p : people) {
        auto *item = new QListWidgetItem(personName(data, p->id), m_people);
        item->setData(PersonRole, p->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(a && a->peopleShown.contains(p->id) ? Qt::Checked : Qt::Unchecked);
    }
    filterPeople(m_search->text());
    updateConsentLine();
    m_view->setEnabled(a != nullptr);
}

void PhotoDetails::filterPeople(const QString &text)
{
    const names::Matcher matcher(text);
    const WorkshopData &data = session()->data();
    for (int i = 0; i < m_people->count(); ++i) {
        QListWidgetItem *item = m_people->item(i);
        const Participant *p = data.participants.find(item->data(PersonRole).toUuid());
        // The ones ticked stay in sight.
        item->setHidden(!(item->checkState() == Qt::Checked || !p || names::matchesPerson(matcher, *p)));
    }
}

QList<QUuid> PhotoDetails::shownPeople() const
{
    QList<QUuid> shown;
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() == Qt::Checked)
            shown << m_people->item(i)->data(PersonRole).toUuid();
    return shown;
}

void PhotoDetails::setShown(const QUuid &participantId, bool shown)
{
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->data(PersonRole).toUuid() == participantId)
            m_people->item(i)->setCheckState(shown ? Qt::Checked : Qt::Unchecked);
}

void PhotoDetails::updateConsentLine()
{
    const WorkshopData &data = session()->data();
    if (!data.attachments.contains(currentId())) {
        m_consent->clear();
        return;
    }
    Attachment draft = *data.attachments.find(currentId());
    draft.peopleShown = shownPeople();
    const ConsentPolicy policy(data);
    if (draft.peopleShown.isEmpty()) {
        m_consent->setText(tr("Nobody is shown: the photo may appear in the share-back report."));
        return;
    }
    QStringList notTakingPart;
    QStringList notPhotographed;
    for (const QUuid &id : draft.peopleShown) {
        if (!policy.takesPart(id))
            notTakingPart << personName(data, id);
        else if (!policy.isGranted(id, ConsentScope::BePhotographed))
            notPhotographed << personName(data, id);
    }
    if (!notTakingPart.isEmpty())
        m_consent->setText(tr("Kept out of every report while someone shown has not agreed to take part. Not "
                              "agreed: %1.")
                               .arg(notTakingPart.join(QStringLiteral(", "))));
    else if (!notPhotographed.isEmpty())
        m_consent->setText(tr("Kept out of the share-back report until everyone shown agrees to be photographed "
                              "(the team report shows it). Not agreed: %1.")
                               .arg(notPhotographed.join(QStringLiteral(", "))));
    else if (policy.mayAppear(draft, Audience::Public))
        m_consent->setText(tr("May appear in the share-back report: everyone shown agreed to be photographed."));
    else
        m_consent->setText(tr("Kept out of the share-back report."));
}

Result<QUuid> PhotoDetails::write()
{
    const Attachment *stored = session()->data().attachments.find(currentId());
    if (!stored)
        return fail(tr("That photo is no longer in the workshop."));
    Attachment after = *stored;
    after.caption = m_caption->text().trimmed();
    after.boardId = m_board->currentData().toUuid();
    after.peopleShown = shownPeople();
    auto done = session()->perform(edits::editAttachment(session()->data(), after));
    if (!done)
        return done.error();
    return after.id;
}

} // namespace cg
