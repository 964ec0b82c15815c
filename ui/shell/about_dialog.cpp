#include "ui/shell/about_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

#include "core/util/build_info.h"

namespace md {
namespace ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* icon = new QLabel(this);
  icon->setPixmap(QIcon(QStringLiteral(":/icons/modeldesk.svg")).pixmap(64, 64));
  icon->setAlignment(Qt::AlignHCenter);
  text_ = new QLabel(this);
  text_->setTextFormat(Qt::RichText);
  text_->setAlignment(Qt::AlignHCenter);
  text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(icon);
  layout->addWidget(text_);
  layout->addWidget(buttons);
  retranslate();
}

void AboutDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QDialog::changeEvent(event);
}

void AboutDialog::retranslate() {
  setWindowTitle(tr("About ModelDesk"));
  const auto versions = md::componentVersions();
  QString rows;
  auto addRow = [&rows](const QString& name, const QString& version) {
    rows += QStringLiteral("<tr><td align='right'>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
  };
  addRow(QStringLiteral("ModelDesk"), QString::fromStdString(versions.front().second));
  addRow(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
  for (std::size_t i = 1; i < versions.size(); ++i)
    addRow(QString::fromStdString(versions[i].first), QString::fromStdString(versions[i].second));
  text_->setText(QStringLiteral("<h2>ModelDesk</h2><p>%1</p><table align='center'>%2</table><p>%3</p>")
                     .arg(tr("Bring local GGUF models into Ollama: environment, models, merge and Modelfiles."), rows,
                          tr("Licensed under the Apache License, Version 2.0.")));
}

} // namespace ui
} // namespace md
