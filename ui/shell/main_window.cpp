#include "ui/shell/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

#include "ui/env/environment_page.h"
#include "ui/import/import_dialog.h"
#include "ui/import/import_offer.h"
#include "ui/merge/merge_page.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/modelfile/recent_modelfiles.h"
#include "ui/models/models_page.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/ollama_tab.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/file_dialogs.h"
#include "ui/shell/language.h"
#include "ui/shell/ollama_status.h"
#include "ui/shell/window_geometry.h"

namespace md {
namespace ui {

MainWindow::MainWindow(LanguageManager* language, QWidget* parent) : QMainWindow(parent), language_(language) {
  setObjectName(QStringLiteral("MainWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/modeldesk.svg")));
  setAcceptDrops(true);

  auto* central = new QWidget(this);
  auto* layout = new QHBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  sidebar_ = new QListWidget(central);
  sidebar_->setObjectName(QStringLiteral("sidebar"));
  sidebar_->setIconSize(QSize(24, 24));
  sidebar_->setFixedWidth(190);
  sidebar_->setFrameShape(QFrame::NoFrame);
  sidebar_->setStyleSheet(
      QStringLiteral("QListWidget#sidebar { background: palette(alternate-base); outline: 0; }"
                     "QListWidget#sidebar::item { padding: 10px 8px; border-left: 3px solid transparent; }"
                     "QListWidget#sidebar::item:selected { background: rgba(79, 124, 255, 46);"
                     " color: palette(text); border-left: 3px solid #4f7cff; }"));
  stack_ = new QStackedWidget(central);
  layout->addWidget(sidebar_);
  layout->addWidget(stack_, 1);
  setCentralWidget(central);

  pages_ = {new EnvironmentPage(stack_), new ModelsPage(stack_), new MergePage(stack_), new ModelfilePage(stack_)};
  for (Page* page : pages_) {
    stack_->addWidget(page);
    const QString iconFile = QStringLiteral(":/icons/") + page->iconName() + QStringLiteral(".svg");
    QIcon icon(iconFile);
    icon.addFile(iconFile, QSize(), QIcon::Selected); // keep the icon's colours when selected
    auto* item = new QListWidgetItem(icon, page->title(), sidebar_);
    item->setSizeHint(QSize(0, 44));
    connect(page, &Page::statusMessage, this, &MainWindow::showStatus);
  }
  connect(sidebar_, &QListWidget::currentRowChanged, stack_, &QStackedWidget::setCurrentIndex);

  ollamaLabel_ = new QLabel(this);
  ollamaLabel_->setObjectName(QStringLiteral("ollamaStatus"));
  importOffer_ = new ImportOffer(this);
  connect(importOffer_, &ImportOffer::importRequested, this, &MainWindow::openImport);
  statusBar()->addPermanentWidget(importOffer_);
  statusBar()->addPermanentWidget(ollamaLabel_);
  // The status bar, the Merge wizard's version advice and "Create in Ollama…"
  // follow the server chosen on the Models page (OLLAMA_HOST by default).
  ollamaStatus_ =
      new OllamaStatus(static_cast<ModelsPage*>(page(PageId::Models))->ollamaTab()->hosts()->active(), this);
  ollamaStatus_->setObjectName(QStringLiteral("ollamaStatusCheck"));
  connect(ollamaStatus_, &OllamaStatus::changed, this, &MainWindow::updateOllamaLabel);
  connectPages();

  buildMenus();
  retranslate();
  restoreSettings();
  ollamaStatus_->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectPages() {
  auto* mergePage = static_cast<MergePage*>(page(PageId::Merge));
  connect(ollamaStatus_, &OllamaStatus::changed, mergePage, [this, mergePage] {
    mergePage->setOllamaVersion(ollamaStatus_->isReachable() ? ollamaStatus_->version() : QString());
  });
  connect(mergePage, &MergePage::modelfileRequested, this, &MainWindow::startModelfileFor);
  connect(mergePage, &MergePage::inspectRequested, this, [this](const QString& path) {
    showPage(PageId::Models);
    page(PageId::Models)->receiveDrop(DropDecision{DropTarget::Inspector, {path}, {}});
  });
  auto* modelsPage = static_cast<ModelsPage*>(page(PageId::Models));
  connect(modelsPage, &ModelsPage::modelfileRequested, this, &MainWindow::startModelfileFor);
  connect(modelsPage, &ModelsPage::modelfileTextRequested, this, &MainWindow::openModelfileText);
  connect(modelsPage, &ModelsPage::importRequested, this, &MainWindow::openImport);
  connect(mergePage, &MergePage::importRequested, this, &MainWindow::openImport);
  auto* modelfilePage = static_cast<ModelfilePage*>(page(PageId::Modelfile));
  OllamaHosts* hosts = modelsPage->ollamaTab()->hosts();
  modelfilePage->setOllamaHost(hosts->active());
  connect(hosts, &OllamaHosts::activeChanged, this, [this, modelfilePage](const QString& url) {
    ollamaStatus_->setBaseUrl(url);
    modelfilePage->setOllamaHost(url);
  });
  connect(modelfilePage, &ModelfilePage::showOllamaModelRequested, this, [this, modelsPage](const QString& name) {
    showPage(PageId::Models);
    modelsPage->showOllamaModel(name);
  });
  connect(modelsPage, &ModelsPage::mergeRequested, this, [this](const QStringList& paths) {
    showPage(PageId::Merge);
    page(PageId::Merge)->receiveDrop(DropDecision{DropTarget::Merge, paths, {}});
  });
}

void MainWindow::startModelfileFor(const QStringList& ggufPaths) {
  auto* modelfile = static_cast<ModelfilePage*>(page(PageId::Modelfile));
  showPage(PageId::Modelfile);
  if (modelfile->maybeSave()) {
    modelfile->newFile();
    modelfile->addGgufFiles(ggufPaths); // FROM lines; a projector becomes the second FROM
  }
}

void MainWindow::openModelfileText(const QString& text, const QString& model) {
  auto* modelfile = static_cast<ModelfilePage*>(page(PageId::Modelfile));
  showPage(PageId::Modelfile);
  QString name = model;
  name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
  modelfile->openText(text, name + QStringLiteral(".Modelfile"));
}

void MainWindow::openImport(const QStringList& paths) {
  auto* modelsPage = static_cast<ModelsPage*>(page(PageId::Models));
  auto* dialog = new ImportDialog(paths, modelsPage->ollamaTab()->hosts()->active(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &ImportDialog::showInModelsRequested, this, [this, modelsPage](const QString& name) {
    showPage(PageId::Models);
    modelsPage->showOllamaModel(name);
  });
  connect(dialog, &ImportDialog::modelfileTextRequested, this, &MainWindow::openModelfileText);
  dialog->show();
}

// File: New, Open, Save, Save As and Recent act on Modelfiles (Open also
// takes GGUF files); the shortcuts work wherever the focus is in the window.
void MainWindow::buildFileMenu() {
  auto* modelfile = static_cast<ModelfilePage*>(page(PageId::Modelfile));
  fileMenu_ = menuBar()->addMenu(QString());
  newAction_ = fileMenu_->addAction(QString(), this, [this, modelfile] {
    showPage(PageId::Modelfile);
    modelfile->newFile();
  });
  newAction_->setShortcut(QKeySequence::New);
  openAction_ = fileMenu_->addAction(QString(), this, &MainWindow::openFiles);
  openAction_->setShortcut(QKeySequence::Open);
  saveAction_ = fileMenu_->addAction(QString(), modelfile, [modelfile] { modelfile->save(); });
  saveAction_->setShortcut(QKeySequence::Save);
  saveAsAction_ = fileMenu_->addAction(QString(), modelfile, [modelfile] { modelfile->saveAs(); });
  saveAsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  recentMenu_ = fileMenu_->addMenu(QString());
  recentMenu_->setObjectName(QStringLiteral("recentFilesMenu"));
  connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
  reclaimAction_ = fileMenu_->addAction(QString(), this, [this] {
    showPage(PageId::Models);
    static_cast<ModelsPage*>(page(PageId::Models))->openReclaimDialog();
  });
  reclaimAction_->setObjectName(QStringLiteral("reclaimSpaceAction"));
  fileMenu_->addSeparator();
  quitAction_ = fileMenu_->addAction(QString(), this, &QWidget::close);
  quitAction_->setShortcut(QKeySequence::Quit);
  connect(stack_, &QStackedWidget::currentChanged, this, &MainWindow::updateModelfileActions);
  updateModelfileActions();
}

// Save and Save As belong to the Modelfile editor: enabled on its page only.
void MainWindow::updateModelfileActions() {
  const bool onModelfile = currentPage() == PageId::Modelfile;
  saveAction_->setEnabled(onModelfile);
  saveAsAction_->setEnabled(onModelfile);
}

void MainWindow::fillRecentMenu() {
  recentMenu_->clear();
  auto* modelfile = static_cast<ModelfilePage*>(page(PageId::Modelfile));
  for (const QString& path : recent_modelfiles::list())
    recentMenu_->addAction(QDir::toNativeSeparators(path), this, [this, modelfile, path] {
      showPage(PageId::Modelfile);
      modelfile->openFile(path);
    });
  if (recentMenu_->isEmpty())
    recentMenu_->addAction(tr("No recent Modelfiles"))->setEnabled(false);
}

void MainWindow::buildMenus() {
  buildFileMenu();
  viewMenu_ = menuBar()->addMenu(QString());
  for (int i = 0; i < pages_.size(); ++i) {
    QAction* go = viewMenu_->addAction(QString(), this, [this, i] { showPage(PageId(i)); });
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    pageActions_ << go;
  }
  viewMenu_->addSeparator();
  languageMenu_ = viewMenu_->addMenu(QString());
  languageGroup_ = new QActionGroup(this);
  systemLanguageAction_ = languageMenu_->addAction(QString());
  systemLanguageAction_->setData(QString());
  languageMenu_->addSeparator();
  QList<QAction*> actions{systemLanguageAction_};
  for (const QString& code : LanguageManager::availableLanguages()) {
    QAction* action = languageMenu_->addAction(LanguageManager::nativeName(code));
    action->setData(code);
    actions << action;
  }
  for (QAction* action : actions) {
    action->setCheckable(true);
    action->setChecked(action->data().toString() == language_->chosen());
    languageGroup_->addAction(action);
  }
  connect(languageGroup_, &QActionGroup::triggered, this,
          [this](QAction* action) { language_->setLanguage(action->data().toString()); });

  helpMenu_ = menuBar()->addMenu(QString());
  aboutAction_ = helpMenu_->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate() {
  setWindowTitle(tr("ModelDesk"));
  fileMenu_->setTitle(tr("&File"));
  newAction_->setText(tr("&New Modelfile"));
  openAction_->setText(tr("&Open…"));
  saveAction_->setText(tr("&Save"));
  saveAsAction_->setText(tr("Save &As…"));
  recentMenu_->setTitle(tr("Open &Recent"));
  reclaimAction_->setText(tr("Re&claim space…"));
  quitAction_->setText(tr("&Quit"));
  viewMenu_->setTitle(tr("&View"));
  languageMenu_->setTitle(tr("&Language"));
  systemLanguageAction_->setText(tr("System default"));
  helpMenu_->setTitle(tr("&Help"));
  aboutAction_->setText(tr("&About ModelDesk"));
  for (int i = 0; i < pages_.size(); ++i) {
    sidebar_->item(i)->setText(pages_[i]->title());
    pageActions_[i]->setText(pages_[i]->title());
    sidebar_->item(i)->setToolTip(
        tr("%1 (%2)").arg(pages_[i]->title(), pageActions_[i]->shortcut().toString(QKeySequence::NativeText)));
  }
  updateOllamaLabel();
}

// A message stays in the status area for a while; a language switch in that
// time says it again in the new language.
void MainWindow::showStatus(const TextSource& message) {
  status_ = message;
  statusShown_ = message ? message() : QString();
  statusBar()->showMessage(statusShown_, 10000);
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    if (status_ && !statusShown_.isEmpty() && statusBar()->currentMessage() == statusShown_)
      showStatus(status_);
  }
  QMainWindow::changeEvent(event);
}

void MainWindow::updateOllamaLabel() {
  const bool up = ollamaStatus_->isReachable();
  const QString dot = up ? QStringLiteral("#2e9d4f") : QStringLiteral("#c0392b");
  ollamaLabel_->setText(
      QStringLiteral("<span style='color:%1'>●</span> %2").arg(dot, ollamaStatus_->text().toHtmlEscaped()));
  ollamaLabel_->setToolTip(up ? QString() : ollamaStatus_->errorText());
}

void MainWindow::showPage(PageId page) {
  sidebar_->setCurrentRow(int(page));
}

PageId MainWindow::currentPage() const {
  return PageId(stack_->currentIndex());
}

Page* MainWindow::page(PageId page) const {
  return pages_.value(int(page));
}

bool MainWindow::openUrls(const QList<QUrl>& urls) {
  const DropDecision decision = routeDrop(urls);
  PageId target = PageId::Models;
  switch (decision.target) {
  case DropTarget::Refused: showStatus(decision.refusal); return false;
  case DropTarget::Inspector:
  case DropTarget::ModelsFolder: target = PageId::Models; break;
  case DropTarget::Merge: target = PageId::Merge; break;
  case DropTarget::ModelfileEditor: target = PageId::Modelfile; break;
  }
  showPage(target);
  page(target)->receiveDrop(decision);
  importOffer_->offer(decision.offerImport ? decision.paths : QStringList());
  if (decision.note)
    showStatus(decision.note);
  return true;
}

void MainWindow::openFiles() {
  const QStringList files = file_dialogs::openFileNames(
      this, tr("Open GGUF files or a Modelfile"),
      tr("Models and Modelfiles (*.gguf *.gguf.* Modelfile *.Modelfile *.mf);;All files (*)"));
  QList<QUrl> urls;
  for (const QString& file : files)
    urls << QUrl::fromLocalFile(file);
  if (!urls.isEmpty())
    openUrls(urls);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls())
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  if (openUrls(event->mimeData()->urls()))
    event->acceptProposedAction();
}

void MainWindow::showAbout() {
  auto* dialog = new AboutDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
}

void MainWindow::restoreSettings() {
  QSettings settings;
  placeWindow(this, settings.value(QStringLiteral("window/geometry")).toByteArray(), QSize(1100, 720));
  const int pageIndex = settings.value(QStringLiteral("window/page"), 0).toInt();
  showPage(PageId(qBound(0, pageIndex, int(pages_.size()) - 1)));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  auto* modelfile = static_cast<ModelfilePage*>(page(PageId::Modelfile));
  if (!modelfile->maybeSave()) {
    event->ignore();
    return;
  }
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/page"), int(currentPage()));
  QMainWindow::closeEvent(event);
}

} // namespace ui
} // namespace md
