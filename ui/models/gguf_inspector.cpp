#include "ui/models/gguf_inspector.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/gguf/reader.h"
#include "ui/modelfile/plan_text.h"
#include "ui/models/gguf_memory_panel.h"
#include "ui/models/gguf_metadata_model.h"
#include "ui/models/gguf_summary_card.h"
#include "ui/models/gguf_tensor_model.h"
#include "ui/shell/banner.h"
#include "ui/shell/job.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

struct GgufInspector::Inspection {
  std::shared_ptr<const gguf::GgufFile> file;
  gguf::Summary summary;
  ChatTemplateFacts chatTemplate;
};

GgufInspector::GgufInspector(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("ggufInspector"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("inspectorBanner"));
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("inspectorStatus"));
  status_->hide();
  layout->addWidget(banner_);
  layout->addWidget(status_);

  content_ = new QWidget(this);
  auto* contentLayout = new QVBoxLayout(content_);
  contentLayout->setContentsMargins(0, 0, 0, 0);
  card_ = new GgufSummaryCard(content_);
  memoryHeading_ = makeHeading(content_);
  memory_ = new GgufMemoryPanel(content_);
  memory_->setSummary(&summary_);
  tabs_ = new QTabWidget(content_);
  tabs_->setObjectName(QStringLiteral("inspectorTabs"));
  tabs_->addTab(buildMetadataTab(), QString());
  tabs_->addTab(buildTensorTab(), QString());
  auto* chatTab = new QWidget(tabs_);
  auto* chatLayout = new QVBoxLayout(chatTab);
  chatTemplateFacts_ = new QLabel(chatTab);
  chatTemplateFacts_->setObjectName(QStringLiteral("chatTemplateFacts"));
  chatTemplateFacts_->setWordWrap(true);
  chatTemplateFacts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  chatTemplate_ = new QPlainTextEdit(chatTab);
  chatTemplate_->setObjectName(QStringLiteral("chatTemplate"));
  chatTemplate_->setReadOnly(true);
  chatTemplate_->setLineWrapMode(QPlainTextEdit::NoWrap);
  chatLayout->addWidget(chatTemplateFacts_);
  chatLayout->addWidget(chatTemplate_, 1);
  tabs_->addTab(chatTab, QString());
  contentLayout->addWidget(card_);
  contentLayout->addWidget(memoryHeading_);
  contentLayout->addWidget(memory_);
  contentLayout->addWidget(tabs_, 1);
  content_->hide();
  layout->addWidget(content_, 1);
  retranslate();
}

GgufInspector::~GgufInspector() = default;

QWidget* GgufInspector::buildMetadataTab() {
  auto* tab = new QWidget(this);
  auto* layout = new QVBoxLayout(tab);
  metadataSearch_ = new QLineEdit(tab);
  metadataSearch_->setObjectName(QStringLiteral("metadataSearch"));
  metadataSearch_->setClearButtonEnabled(true);
  metadata_ = new GgufMetadataModel(this);
  metadata_->setObjectName(QStringLiteral("metadataModel"));
  metadataView_ = new QTreeView(tab);
  metadataView_->setObjectName(QStringLiteral("metadataView"));
  metadataView_->setModel(metadata_);
  metadataView_->setUniformRowHeights(true); // keeps long expanded arrays cheap to lay out
  metadataView_->setAlternatingRowColors(true);
  metadataView_->header()->setStretchLastSection(true);
  layout->addWidget(metadataSearch_);
  layout->addWidget(metadataView_, 1);
  connect(metadataSearch_, &QLineEdit::textChanged, metadata_, &GgufMetadataModel::setFilterText);
  connect(metadataView_, &QTreeView::clicked, this, [this](const QModelIndex& index) {
    if (metadata_->isLoadMoreRow(index))
      metadata_->loadMore(index.parent());
  });
  connect(metadataView_, &QTreeView::expanded, this, [this](const QModelIndex& index) {
    if (metadata_->rowCount(index) == 1 && metadata_->isLoadMoreRow(metadata_->index(0, 0, index)))
      metadata_->loadMore(index); // the first page comes with the expansion
  });
  return tab;
}

QWidget* GgufInspector::buildTensorTab() {
  auto* tab = new QWidget(this);
  auto* layout = new QVBoxLayout(tab);
  tensorSearch_ = new QLineEdit(tab);
  tensorSearch_->setObjectName(QStringLiteral("tensorSearch"));
  tensorSearch_->setClearButtonEnabled(true);
  tensors_ = new GgufTensorModel(this);
  tensorProxy_ = new QSortFilterProxyModel(this);
  tensorProxy_->setObjectName(QStringLiteral("tensorProxy"));
  tensorProxy_->setSourceModel(tensors_);
  tensorProxy_->setSortRole(GgufTensorModel::SortRole);
  tensorProxy_->setFilterKeyColumn(GgufTensorModel::NameColumn);
  tensorProxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  tensorView_ = new QTableView(tab);
  tensorView_->setObjectName(QStringLiteral("tensorView"));
  tensorView_->setModel(tensorProxy_);
  tensorView_->setSortingEnabled(true);
  tensorView_->sortByColumn(-1, Qt::AscendingOrder); // file order until a header is clicked
  tensorView_->setSelectionBehavior(QAbstractItemView::SelectRows);
  tensorView_->verticalHeader()->hide();
  tensorView_->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(tensorSearch_);
  layout->addWidget(tensorView_, 1);
  connect(tensorSearch_, &QLineEdit::textChanged, tensorProxy_, &QSortFilterProxyModel::setFilterFixedString);
  return tab;
}

void GgufInspector::open(const QString& path) {
  path_ = path;
  loading_ = true;
  const quint64 generation = ++generation_;
  banner_->clear();
  status_->setText(tr("Reading the header of %1…").arg(QFileInfo(path).fileName()));
  status_->show();
  const std::filesystem::path file(path.toStdU16String());
  runJob(
      this,
      [file](md::ProgressReporter&) -> md::Result<Inspection> {
        auto parsed = gguf::readGguf(file);
        if (!parsed)
          return parsed.error();
        auto shared = std::make_shared<const gguf::GgufFile>(std::move(parsed).value());
        gguf::Summary summary = gguf::summarize(*shared);
        ChatTemplateFacts facts;
        if (!summary.chatTemplate.empty()) {
          facts.detected = md::templates::detectOllamaTemplate(summary.chatTemplate);
          facts.traits = md::templates::jinjaTraits(summary.chatTemplate);
        }
        return Inspection{std::move(shared), std::move(summary), std::move(facts)};
      },
      [this, generation](md::Result<Inspection> result) {
        if (generation != generation_)
          return; // a newer file was opened meanwhile
        loading_ = false;
        status_->hide();
        if (result)
          showInspection(std::move(result).value());
        else
          showFailure(result.error());
      });
}

void GgufInspector::showInspection(Inspection inspection) {
  file_ = std::move(inspection.file);
  summary_ = std::move(inspection.summary);
  card_->setGguf(*file_, summary_);
  memory_->setSummary(&summary_);
  metadataSearch_->clear();
  metadata_->setFile(file_);
  tensorSearch_->clear();
  tensors_->setFile(file_);
  metadataView_->resizeColumnToContents(GgufMetadataModel::KeyColumn);
  chatTemplate_->setPlainText(QString::fromStdString(summary_.chatTemplate));
  chatTemplateFactsData_ = std::move(inspection.chatTemplate);
  showChatTemplateFacts();
  tabs_->setTabEnabled(2, !summary_.chatTemplate.empty());
  content_->show();
  Q_EMIT loaded();
}

void GgufInspector::showFailure(const md::Error& error) {
  file_.reset();
  summary_ = {};
  metadata_->setFile(nullptr);
  tensors_->setFile(nullptr);
  chatTemplate_->clear();
  chatTemplateFactsData_ = {};
  chatTemplateFacts_->clear();
  content_->hide();
  banner_->showError(error);
  Q_EMIT failed();
}

void GgufInspector::showChatTemplateFacts() {
  if (summary_.chatTemplate.empty()) {
    chatTemplateFacts_->clear();
    return;
  }
  const auto& facts = chatTemplateFactsData_;
  QString family = facts.detected
                       ? PlanText::detectedTemplate(facts.detected->family, static_cast<int>(facts.detected->distance))
                       : tr("Ollama detects none of its template families in it.");
  QStringList capabilities{PlanText::capability(md::templates::Capability::Completion)};
  if (facts.traits.tools)
    capabilities << PlanText::capability(md::templates::Capability::Tools);
  if (facts.traits.thinking)
    capabilities << PlanText::capability(md::templates::Capability::Thinking);
  chatTemplateFacts_->setText(family + QLatin1Char('\n') +
                              tr("Capabilities when this template renders chats (Ollama 0.30 and newer): %1")
                                  .arg(capabilities.join(PlanText::tr(", "))));
}

void GgufInspector::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void GgufInspector::retranslate() {
  memoryHeading_->setText(tr("Memory estimate"));
  metadataSearch_->setPlaceholderText(tr("Search keys and values"));
  tensorSearch_->setPlaceholderText(tr("Filter tensors by name"));
  tabs_->setTabText(0, tr("Metadata"));
  tabs_->setTabText(1, tr("Tensors"));
  tabs_->setTabText(2, tr("Chat template"));
  showChatTemplateFacts();
  card_->retranslate();
  memory_->retranslate();
}

} // namespace ui
} // namespace md
