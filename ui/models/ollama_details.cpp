#include "ui/models/ollama_details.h"

#include <QDateTime>
#include <QEvent>
#include <QFont>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/ollama/client.h"
#include "core/stores/store_locations.h"
#include "core/util/paths.h"
#include "ui/modelfile/plan_text.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

enum TabIndex { OverviewTab, InfoTab, ParametersTab, TemplateTab, SystemTab, LicenseTab, LayersTab };

QPlainTextEdit* makeText(QWidget* parent) {
  auto* edit = new QPlainTextEdit(parent);
  edit->setReadOnly(true);
  edit->setLineWrapMode(QPlainTextEdit::NoWrap);
  edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  return edit;
}

QString valueText(const nlohmann::json& value) {
  if (value.is_string())
    return QString::fromStdString(value.get<std::string>());
  if (value.is_null())
    return QStringLiteral("…");
  QString text = QString::fromStdString(value.dump());
  if (text.size() > 200)
    text = text.left(200) + QStringLiteral("…");
  return text;
}

void addInfo(QTreeWidget* tree, const QString& title, const nlohmann::json& info) {
  if (!info.is_object() || info.empty())
    return;
  auto* section = new QTreeWidgetItem(tree, {title});
  QFont bold = section->font(0);
  bold.setBold(true);
  section->setFont(0, bold);
  for (const auto& [key, value] : info.items())
    new QTreeWidgetItem(section, {QString::fromStdString(key), valueText(value)});
  section->setExpanded(true);
}

} // namespace

std::vector<std::filesystem::path> storePaths(const QStringList& folders) {
  std::vector<std::filesystem::path> paths;
  for (const QString& folder : folders)
    paths.push_back(md::pathFromUtf8(folder.toStdString()));
  return paths;
}

QStringList localOllamaStores() {
  QStringList folders;
  for (const auto& path : md::stores::ollamaStoreCandidates())
    folders << QString::fromStdString(md::pathToUtf8(path));
  return folders;
}

OllamaDetails::OllamaDetails(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  title_ = makeHeading(this);
  title_->setObjectName(QStringLiteral("ollamaDetailsTitle"));
  title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("ollamaDetailsBanner"));
  tabs_ = new QTabWidget(this);
  tabs_->setObjectName(QStringLiteral("ollamaDetailsTabs"));
  tabs_->setDocumentMode(true);
  overview_ = new QLabel(tabs_);
  overview_->setObjectName(QStringLiteral("ollamaOverview"));
  overview_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  overview_->setWordWrap(true);
  overview_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  overview_->setMargin(8);
  auto* overviewScroll = new QScrollArea(tabs_);
  overviewScroll->setWidget(overview_);
  overviewScroll->setWidgetResizable(true);
  overviewScroll->setFrameShape(QFrame::NoFrame);
  info_ = new QTreeWidget(tabs_);
  info_->setObjectName(QStringLiteral("ollamaInfo"));
  info_->setColumnCount(2);
  info_->setRootIsDecorated(true);
  info_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  parameters_ = makeText(tabs_);
  template_ = makeText(tabs_);
  template_->setObjectName(QStringLiteral("ollamaTemplate"));
  system_ = makeText(tabs_);
  license_ = makeText(tabs_);
  license_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
  auto* layersPane = new QWidget(tabs_);
  auto* layersLayout = new QVBoxLayout(layersPane);
  layersLayout->setContentsMargins(0, 0, 0, 0);
  layersNote_ = new QLabel(layersPane);
  layersNote_->setObjectName(QStringLiteral("ollamaLayersNote"));
  layersNote_->setWordWrap(true);
  layersNote_->setMargin(6);
  layers_ = new QTreeWidget(layersPane);
  layers_->setObjectName(QStringLiteral("ollamaLayers"));
  layers_->setColumnCount(3);
  layers_->setRootIsDecorated(false);
  layers_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  layers_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  layersLayout->addWidget(layersNote_);
  layersLayout->addWidget(layers_, 1);
  for (QWidget* tab :
       {static_cast<QWidget*>(overviewScroll), static_cast<QWidget*>(info_), static_cast<QWidget*>(parameters_),
        static_cast<QWidget*>(template_), static_cast<QWidget*>(system_), static_cast<QWidget*>(license_), layersPane})
    tabs_->addTab(tab, QString());
  layout->addWidget(title_);
  layout->addWidget(banner_);
  layout->addWidget(tabs_, 1);
  retranslate();
  clear();
}

void OllamaDetails::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    if (data_)
      showData(*data_);
  }
  QWidget::changeEvent(event);
}

void OllamaDetails::retranslate() {
  tabs_->setTabText(OverviewTab, tr("Overview"));
  tabs_->setTabText(InfoTab, tr("Model info"));
  tabs_->setTabText(ParametersTab, tr("Parameters", "the PARAMETER lines of a Modelfile"));
  tabs_->setTabText(TemplateTab, tr("Template"));
  tabs_->setTabText(SystemTab, tr("System"));
  tabs_->setTabText(LicenseTab, tr("License"));
  tabs_->setTabText(LayersTab, tr("Layers"));
  info_->setHeaderLabels({tr("Key"), tr("Value")});
  layers_->setHeaderLabels({tr("Layer"), tr("Size"), tr("Digest")});
  if (name_.isEmpty())
    title_->setText(tr("Select a model to see its details."));
}

void OllamaDetails::clear() {
  if (job_)
    job_->cancel();
  job_.clear();
  ++generation_;
  name_.clear();
  data_.reset();
  banner_->clear();
  title_->setText(tr("Select a model to see its details."));
  overview_->clear();
  info_->clear();
  for (QPlainTextEdit* edit : {parameters_, template_, system_, license_})
    edit->clear();
  layers_->clear();
  layersNote_->clear();
  tabs_->setEnabled(false);
}

void OllamaDetails::load(const QString& url, const QString& name, const QStringList& stores) {
  if (job_)
    job_->cancel();
  clear();
  name_ = name;
  stores_ = stores;
  title_->setText(name);
  auto work = [url = url.toStdString(), model = name.toStdString(),
               stores = storePaths(stores)](md::ProgressReporter& reporter) -> md::Result<OllamaDetailsData> {
    auto show = md::ollama::Client(url).show(model, false, reporter.cancelToken());
    if (!show)
      return show.error();
    OllamaDetailsData data{std::move(*show), std::nullopt, std::nullopt};
    if (!stores.empty()) {
      // The first candidate folder holding it (OLLAMA_MODELS, ~/.ollama/models, the Linux service's store).
      auto store = md::stores::findStoreHolding(model, stores);
      auto manifest =
          store ? md::stores::readOllamaManifest(*store, model) : md::Result<md::stores::OllamaManifest>(store.error());
      if (manifest)
        data.manifest = std::move(*manifest);
      else
        data.manifestError = manifest.error();
    }
    return data;
  };
  job_ = runJob(this, work, [this, generation = ++generation_](md::Result<OllamaDetailsData> result) {
    if (generation != generation_)
      return; // another model was selected meanwhile
    job_.clear();
    if (!result) {
      if (result.error().code != md::ErrorCode::Cancelled)
        banner_->showError(result.error());
      Q_EMIT loaded(false);
      return;
    }
    data_ = std::move(*result);
    showData(*data_);
    Q_EMIT loaded(true);
  });
}

void OllamaDetails::showData(const OllamaDetailsData& data) {
  const auto& show = data.show;
  tabs_->setEnabled(true);
  auto row = [](const QString& label, const QString& value) {
    return value.isEmpty() ? QString()
                           : QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                                 .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
  };
  QStringList capabilities;
  for (const auto& capability : show.capabilities)
    capabilities << PlanText::capability(capability);
  QString projector;
  if (show.projectorInfo.is_object() && !show.projectorInfo.empty()) {
    const auto arch = show.projectorInfo.find("general.architecture");
    projector = arch != show.projectorInfo.end() && arch->is_string()
                    ? tr("yes (%1, %2 keys)")
                          .arg(QString::fromStdString(arch->get<std::string>()))
                          .arg(show.projectorInfo.size())
                    : tr("yes (%1 keys)").arg(show.projectorInfo.size());
  } else {
    projector = tr("none");
  }
  const auto context = show.contextLength();
  QString html = QStringLiteral("<table>");
  html += row(tr("Format"), QString::fromStdString(show.details.format));
  html += row(tr("Family"), QString::fromStdString(show.details.family));
  html += row(tr("Parameters"), QString::fromStdString(show.details.parameterSize));
  html += row(tr("Quantization"), QString::fromStdString(show.details.quantizationLevel));
  html += row(tr("Context length"), context ? QLocale().toString(qulonglong(*context)) : QString());
  html += row(tr("Capabilities"), capabilities.join(PlanText::tr(", ")));
  html += row(tr("Projector"), projector);
  html += row(tr("Template"), show.templateText.empty() ? tr("none") : tr("set"));
  html += row(tr("System prompt"), show.system.empty() ? tr("none") : tr("set"));
  const QDateTime modified = QDateTime::fromString(QString::fromStdString(show.modifiedAt), Qt::ISODateWithMs);
  html += row(tr("Modified"), modified.isValid() ? QLocale().toString(modified.toLocalTime(), QLocale::ShortFormat)
                                                 : QString::fromStdString(show.modifiedAt));
  html += QStringLiteral("</table>");
  overview_->setText(html);

  info_->clear();
  addInfo(info_, tr("Model"), show.modelInfo);
  addInfo(info_, tr("Projector"), show.projectorInfo);
  parameters_->setPlainText(QString::fromStdString(show.parameters));
  template_->setPlainText(QString::fromStdString(show.templateText));
  system_->setPlainText(QString::fromStdString(show.system));
  license_->setPlainText(QString::fromStdString(show.license));
  fillLayers(data);
}

QString OllamaDetails::layerKindText(const std::string& mediaType) {
  const std::string prefix = "application/vnd.ollama.image.";
  if (mediaType.rfind(prefix, 0) == 0)
    return layerKindName(mediaType.substr(prefix.size()));
  if (mediaType.find("container.image") != std::string::npos)
    return layerKindName("config");
  return QString::fromStdString(mediaType);
}

QString OllamaDetails::layerKindName(const std::string& kind) {
  struct Name {
    const char* kind;
    struct {
      const char* source;
      const char* comment;
    } text;
  };
  static const Name kNames[] = {
      {"model", QT_TRANSLATE_NOOP3("md::ui::OllamaDetails", "model", "a layer of an Ollama model")},
      {"projector", QT_TRANSLATE_NOOP3("md::ui::OllamaDetails", "projector", "a layer of an Ollama model")},
      {"adapter", QT_TRANSLATE_NOOP3("md::ui::OllamaDetails", "adapter", "a layer of an Ollama model")},
      {"draft", QT_TRANSLATE_NOOP3("md::ui::OllamaDetails", "draft model", "a layer of an Ollama model")},
      {"template", QT_TRANSLATE_NOOP3("md::ui::OllamaDetails", "template", "a layer of an Ollama model")},
      {"system", QT_TRANSLATE_NOOP3("md::ui::OllamaDetails", "system prompt", "a layer of an Ollama model")},
      {"params", QT_TRANSLATE_NOOP3("md::ui::OllamaDetails", "parameters", "a layer of an Ollama model")},
      {"messages", QT_TRANSLATE_NOOP3("md::ui::OllamaDetails", "messages", "a layer of an Ollama model")},
      {"license", QT_TRANSLATE_NOOP3("md::ui::OllamaDetails", "license", "a layer of an Ollama model")},
      {"config", QT_TRANSLATE_NOOP3("md::ui::OllamaDetails", "config", "a layer of an Ollama model")},
  };
  for (const Name& name : kNames)
    if (kind == name.kind)
      return tr(name.text.source, name.text.comment);
  return QString::fromStdString(kind);
}

void OllamaDetails::fillLayers(const OllamaDetailsData& data) {
  layers_->clear();
  if (stores_.isEmpty()) {
    layersNote_->setText(tr("Layers are read from the store folder, so they are listed for the local server only."));
    return;
  }
  if (!data.manifest) {
    layersNote_->setText(tr("The manifest could not be read: %1")
                             .arg(data.manifestError ? describeError(*data.manifestError) : QString()));
    return;
  }
  layersNote_->setText(tr("From %1").arg(QString::fromStdString(md::pathToUtf8(data.manifest->path))));
  auto add = [this](const md::stores::OllamaLayer& layer, const QString& kind) {
    auto* item = new QTreeWidgetItem(layers_, {kind, sizeText(layer.size), QString::fromStdString(layer.digest)});
    item->setToolTip(0, QString::fromStdString(layer.mediaType));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    if (layer.blob.empty())
      item->setToolTip(2, tr("This blob is missing from the store."));
  };
  add(data.manifest->config, layerKindName("config"));
  for (const auto& layer : data.manifest->layers)
    add(layer, layer.kind.empty() ? layerKindText(layer.mediaType) : layerKindName(layer.kind));
}

} // namespace ui
} // namespace md
