#pragma once
// For the tests that run in English and zh_CN: the data rows and a check
// that a text is (partly) Chinese.
#include <QtTest>

namespace md::testing {

// Adds the "language" column with the rows en and zh_CN (call in a _data slot).
inline void addLanguageRows() {
  QTest::addColumn<QString>("language");
  QTest::newRow("en") << QStringLiteral("en");
  QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

inline bool hasChinese(const QString& text) {
  return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

} // namespace md::testing
