// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groups/allocatedialog.h"

#include "consent/consentpolicy.h"
#include "session/session.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cg {

AllocateDialog::AllocateDialog(Session *session, quint64 seed, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_seed(seed)
{
    setWindowTitle(tr("Allocate people to groups"));
    const WorkshopData &data = session->data();
    const ConsentPolicy policy(data);
    int arrived = 0;
    int planned = 0;
    for (const Participant &p : data.participants) {
        arrived += allocation::inPool(p, allocation::Pool::Arrived, policy) ? 1 : 0;
        planned += allocation::inPool(p, allocation::Pool::Planning, policy) ? 1 : 0;
    }

    auto *who = new QGroupBox(tr("Who"), this);
    m_arrived = new QRadioButton(tr("The people who &arrived (%1)").arg(arrived), who);
    m_planning = new QRadioButton(tr("Everyone &confirmed or arrived, to plan ahead (%1)").arg(planned), who);
    (arrived > 0 ? m_arrived : m_planning)->setChecked(true);
    auto *whoLayout = new QVBoxLayout(who);
    whoLayout->addWidget(m_arrived);
    whoLayout->addWidget(m_planning);

    auto *how = new QGroupBox(tr("Tables"), this);
    const int groups = int(data.groups.size());
    m_existing = new QRadioButton(groups == 1 ? tr("The &1 group there is") : tr("The &%1 groups there are").arg(groups), how);
    m_existing->setEnabled(groups > 0);
    m_byCount = new QRadioButton(tr("&This many groups:"), how);
    m_bySize = new QRadioButton(tr("Groups of &about this many people:"), how);
    m_count = new QSpinBox(how);
    m_count->setRange(1, edits::maxGroups);
    m_count->setValue(groups > 0 ? groups : 4);
    m_count->setAccessibleName(tr("Number of groups"));
    m_size = new QSpinBox(how);
    m_size->setRange(2, 100);
    m_size->setValue(6);
    m_size->setAccessibleName(tr("People per group"));
    (groups > 0 ? m_existing : m_byCount)->setChecked(true);
    auto *howLayout = new QGridLayout(how);
    howLayout->addWidget(m_existing, 0, 0, 1, 2);
    howLayout->addWidget(m_byCount, 1, 0);
    howLayout->addWidget(m_count, 1, 1);
    howLayout->addWidget(m_bySize, 2, 0);
    howLayout->addWidget(m_size, 2, 1);

    auto *rules = new QLabel(tr("Tables are kept within one person of each other and each role is spread evenly. "
                                "People kept apart or together, and those who need step-free access, a hearing loop "
                                "or a quiet space, are seated accordingly. Anyone locked to a table stays there; "
                                "table facilitators are not seated."),
        this);
    rules->setWordWrap(true);
    rules->setObjectName(QStringLiteral("hint"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("sectionHeading"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    auto *go = buttons->addButton(tr("A&llocate"), QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(go, &QPushButton::clicked, this, [this] { (void)allocateNow(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(how);
    layout->addWidget(rules);
    layout->addWidget(m_preview);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (QRadioButton *b : { m_arrived, m_planning, m_existing, m_byCount, m_bySize })
        connect(b, &QRadioButton::toggled, this, &AllocateDialog::updatePreview);
    connect(m_count, &QSpinBox::valueChanged, this, [this] {
        m_byCount->setChecked(true);
        updatePreview();
    });
    connect(m_size, &QSpinBox::valueChanged, this, [this] {
        m_bySize->setChecked(true);
        updatePreview();
    });
    updatePreview();
}

int AllocateDialog::poolSize() const
{
    std::vector<Group> existing;
    for (const Group *g : allocation::orderedGroups(m_session->data()))
        existing.push_back(*g);
    return int(allocation::inputFor(m_session->data(), existing, request().pool).people.size());
}

AllocationRequest AllocateDialog::request() const
{
    AllocationRequest r;
    r.pool = m_planning->isChecked() ? allocation::Pool::Planning : allocation::Pool::Arrived;
    r.seed = m_seed;
    if (m_byCount->isChecked())
        r.groupCount = m_count->value();
    else if (m_bySize->isChecked()) {
        std::vector<Group> existing;
        for (const Group *g : allocation::orderedGroups(m_session->data()))
            existing.push_back(*g);
        const int people = int(allocation::inputFor(m_session->data(), existing, r.pool).people.size());
        r.groupCount = allocation::groupCountForSize(people, m_size->value());
    }
    return r;
}

QString AllocateDialog::previewText() const
{
    return m_preview->text();
}

void AllocateDialog::updatePreview()
{
    const AllocationRequest r = request();
    const int tables = r.groupCount > 0 ? r.groupCount : int(m_session->data().groups.size());
    const int people = poolSize();
    if (tables <= 0) {
        m_preview->setText(tr("There are no groups yet: choose how many to make."));
        return;
    }
    if (people == 0) {
        m_preview->setText(tr("Nobody to seat yet."));
        return;
    }
    const int small = people / tables;
    const int large = small + (people % tables ? 1 : 0);
    const QString sizes = small == large ? QString::number(small) : tr("%1 or %2").arg(small).arg(large);
    m_preview->setText(tables == 1 ? tr("Seats %1 people at one table.").arg(people)
                                   : tr("Seats %1 people at %2 tables of %3.").arg(people).arg(tables).arg(sizes));
}

Result<void> AllocateDialog::allocateNow()
{
    auto planned = edits::allocateGroups(m_session->data(), request());
    Result<void> done = planned ? m_session->perform(planned->edit) : Result<void>(planned.error());
    if (!done) {
        m_message->setText(done.message());
        m_message->show();
        return done;
    }
    m_problems = planned->problems;
    accept();
    return {};
}

} // namespace cg
