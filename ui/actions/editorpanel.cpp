// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/editorpanel.h"

#include "session/session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cg {

EditorPanel::EditorPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_form(new QFormLayout)
    , m_body(new QVBoxLayout)
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_discard(new QPushButton(tr("Discard chan&ges"), this))
    , m_buttons(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 24, 24, 20); // level with the list's heading
    m_heading->setObjectName(QStringLiteral("sectionHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    layout->addLayout(m_body);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("hint"));
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xB3, 0x40, 0x1E));
    m_problem->setPalette(warn);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = m_buttons;
    buttons->addStretch();
    m_discard->setAccessibleName(tr("Discard changes"));
    m_save->setToolTip(tr("Save (Ctrl+Return)"));
    m_save->setDefault(true);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch();

    for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { (void)save(); });
    }
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_discard, &QPushButton::clicked, this, &EditorPanel::discard);
    connect(m_session, &Session::changed, this, &EditorPanel::onChanged);
}

void EditorPanel::addButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->indexOf(m_save), button);
}

void EditorPanel::focusFirstField()
{
    for (int i = 0; i < m_form->count(); ++i) {
        QWidget *field = m_form->itemAt(i)->widget();
        if (field && field->isEnabled() && (field->focusPolicy() & Qt::TabFocus) && !qobject_cast<QLabel *>(field)) {
            field->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    setFocus(Qt::TabFocusReason);
}

void EditorPanel::finishSetup()
{
    showRecord({});
}

void EditorPanel::showRecord(const QUuid &id)
{
    m_id = id;
    m_new = false;
    reload();
}

void EditorPanel::startNew()
{
    m_id = QUuid();
    m_new = true;
    reload();
}

void EditorPanel::reload()
{
    m_loading = true;
    load(m_id);
    m_loading = false;
    m_heading->setText(headingFor(m_new));
    setEnabled(m_new || !m_id.isNull());
    m_problem->hide();
    setModified(false);
}

void EditorPanel::discard()
{
    if (m_new || !m_id.isNull())
        reload();
}

void EditorPanel::setModified(bool modified)
{
    if (m_loading)
        return;
    m_modified = modified;
    m_save->setEnabled(modified || m_new);
    m_discard->setEnabled(modified);
}

void EditorPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

QString EditorPanel::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

bool EditorPanel::save()
{
    if (!m_new && m_id.isNull())
        return false;
    auto written = write();
    if (!written) {
        showProblem(written.message());
        return false;
    }
    m_problem->hide();
    m_modified = false;
    const QUuid id = *written;
    Q_EMIT saved(id);
    return true;
}

void EditorPanel::onChanged(const Change &change)
{
    // Undo, redo or another view changed the row on show: show what is stored now, unless the
    // facilitator is in the middle of changing it.
    if (m_new || m_id.isNull() || !concerns(change) || m_modified)
        return;
    if (change.kind == Change::Kind::Removed && change.id == m_id) {
        showRecord({});
        return;
    }
    reload();
}

} // namespace cg
