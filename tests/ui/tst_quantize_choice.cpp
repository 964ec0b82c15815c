// "Quantize to" offscreen against the fake server, in English and zh_CN: the
// import dialog offers it for an F16 model with the estimated size and memory
// and imports a model of the chosen type; it is disabled with the reason for
// a quantized model and for a server older than 0.1.35; typing several names
// probes the store once; Create in Ollama quantizes from a Modelfile too.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <fstream>
#include <memory>

#include "core/gguf/reader.h"
#include "core/gguf/summary.h"
#include "core/util/paths.h"
#include "import_dialog_testing.h"
#include "language_testing.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "tests/support/gguf_builder.h"
#include "ui/import/import_dialog.h"
#include "ui/modelfile/create_in_ollama_dialog.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"
#include "ui_test_setup.h"

using namespace md::ui;
namespace fs = std::filesystem;

namespace {

using md::testing::child;

// The file type of the model layer of `name` in the fake's store.
std::string modelType(const md::testing::FakeOllama& fake, const std::string& name) {
  md::testing::FakeStore store(fake.modelsDir());
  const auto manifest = store.readManifest(*md::testing::ModelName::parse(name));
  if (!manifest)
    return "no model";
  for (const auto& layer : (*manifest)["layers"])
    if (md::testing::layerKind(layer) == "model")
      if (auto header = md::gguf::readGguf(store.blobPath(layer["digest"].get<std::string>())))
        return md::gguf::summarize(*header).fileType;
  return "no model layer";
}

// A tiny llama whose weights are 2-D F16 tensors, with general.file_type `fileType`.
md::testing::GgufBuilder modelOfType(std::uint32_t fileType) {
  auto builder = md::testing::tinyLlama("Tiny F16");
  builder.setU32("general.file_type", fileType);
  return builder;
}

} // namespace

class QuantizeChoiceTest : public QObject {
  Q_OBJECT

private:
  md::testing::UiTestSession session_;

  fs::path dir() const { return session_.dir(); }

  // The import dialog for `file` on `fake` (started here, its store the first
  // candidate), after its first check; nullptr when that fails.
  static std::unique_ptr<ImportDialog> openDialog(md::testing::FakeOllama& fake, const fs::path& file) {
    if (!fake.start())
      return nullptr;
    md::testing::useStore(fake.modelsDir());
    auto dialog =
        std::make_unique<ImportDialog>(QStringList{md::testing::text(file)}, QString::fromStdString(fake.url()));
    return md::testing::openAndCheck(*dialog) ? std::move(dialog) : nullptr;
  }

  // Switches to the data row's language; true for zh_CN.
  bool useRowLanguage() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    return language == QLatin1String("zh_CN");
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(session_.start(*this, {.ownHome = true}));
    modelOfType(1).write(dir() / "f16.gguf");
    modelOfType(15).write(dir() / "q4.gguf");
  }

  void cleanup() {
    session_.reset();
    qunsetenv("OLLAMA_MODELS");
  }

  void anF16ModelIsOfferedWithTheEstimateAndImportedAsTheType_data() { md::testing::addLanguageRows(); }

  void anF16ModelIsOfferedWithTheEstimateAndImportedAsTheType() {
    const bool zh = useRowLanguage();
    const QString name = zh ? QStringLiteral("tiny-q8-zh") : QStringLiteral("tiny-q8-en");
    md::testing::FakeOllama fake({.version = "0.33.0"});
    auto opened = openDialog(fake, dir() / "f16.gguf");
    QVERIFY(opened);
    ImportDialog& dialog = *opened;
    auto* combo = child<QComboBox>(dialog, "quantizeCombo");
    QVERIFY(combo->isEnabled());
    QCOMPARE(combo->itemText(0), zh ? QStringLiteral("保持原样") : QStringLiteral("Keep as is"));
    auto* estimate = child<QLabel>(dialog, "quantizeEstimate");
    QVERIFY(estimate->text().isEmpty());
    const int q8 = combo->findData(QStringLiteral("Q8_0"));
    QVERIFY(q8 > 0);
    combo->setCurrentIndex(q8);
    QVERIFY(md::testing::waitChecked(dialog));
    QVERIFY2(estimate->text().contains(QStringLiteral("Q8_0")), qPrintable(estimate->text()));
    QVERIFY2(estimate->text().contains(zh ? QStringLiteral("内存") : QStringLiteral("Memory")),
             qPrintable(estimate->text()));
    child<QLineEdit>(dialog, "importNameEdit")->setText(name);
    QVERIFY(md::testing::waitChecked(dialog));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    child<QPushButton>(dialog, "importButton")->click();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(modelType(fake, name.toStdString()), std::string("Q8_0"));
  }

  void aQuantizedModelOrAnOldServerDisablesItWithTheReason_data() { md::testing::addLanguageRows(); }

  void aQuantizedModelOrAnOldServerDisablesItWithTheReason() {
    const bool zh = useRowLanguage();
    {
      md::testing::FakeOllama fake({.version = "0.33.0"});
      auto dialog = openDialog(fake, dir() / "q4.gguf");
      QVERIFY(dialog);
      auto* combo = child<QComboBox>(*dialog, "quantizeCombo");
      QVERIFY(!combo->isEnabled());
      QVERIFY2(combo->toolTip().contains(QStringLiteral("Q4_K_M")), qPrintable(combo->toolTip()));
      QVERIFY2(combo->toolTip().contains(zh ? QStringLiteral("只量化") : QStringLiteral("quantizes only")),
               qPrintable(combo->toolTip()));
    }
    md::testing::FakeOllama old({.version = "0.1.34"});
    auto dialog = openDialog(old, dir() / "f16.gguf");
    QVERIFY(dialog);
    auto* combo = child<QComboBox>(*dialog, "quantizeCombo");
    QVERIFY(!combo->isEnabled());
    QVERIFY2(combo->toolTip().contains(QStringLiteral("0.1.35")), qPrintable(combo->toolTip()));
  }

  void typingSeveralNamesProbesTheStoreOnce() {
    md::testing::FakeOllama fake({.version = "0.33.0"});
    auto opened = openDialog(fake, dir() / "f16.gguf");
    QVERIFY(opened);
    ImportDialog& dialog = *opened;
    const int probes = fake.blobCheckCount();
    QVERIFY(probes > 0);
    for (const char* name : {"a", "ab", "abc:v1"}) {
      child<QLineEdit>(dialog, "importNameEdit")->setText(QLatin1String(name));
      QVERIFY(md::testing::waitChecked(dialog));
    }
    QCOMPARE(fake.blobCheckCount(), probes);
    dialog.checkAgain(); // the user asks: the store is proven again
    QVERIFY(md::testing::waitChecked(dialog));
    QVERIFY(fake.blobCheckCount() > probes);
  }

  void createInOllamaQuantizesFromAModelfile() {
    md::testing::FakeOllama fake({.version = "0.33.0"});
    QVERIFY(fake.start());
    std::ofstream(dir() / "Tiny.modelfile", std::ios::binary) << "FROM ./f16.gguf\n";
    CreateInOllamaDialog dialog(md::testing::text(dir() / "Tiny.modelfile"), QString::fromStdString(fake.url()));
    QSignalSpy planned(&dialog, &CreateInOllamaDialog::planShown);
    QVERIFY(planned.wait(20000));
    auto* combo = child<QComboBox>(dialog, "quantizeCombo");
    QVERIFY(combo->isEnabled());
    combo->setCurrentIndex(combo->findData(QStringLiteral("Q4_K_M")));
    QVERIFY2(child<QLabel>(dialog, "quantizeEstimate")->text().contains(QStringLiteral("Q4_K_M")),
             qPrintable(child<QLabel>(dialog, "quantizeEstimate")->text()));
    QSignalSpy finished(&dialog, &CreateInOllamaDialog::createFinished);
    child<QPushButton>(dialog, "createButton")->click();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(modelType(fake, "tiny"), std::string("Q4_K_M"));
  }
};

QTEST_MAIN(QuantizeChoiceTest)
#include "tst_quantize_choice.moc"
