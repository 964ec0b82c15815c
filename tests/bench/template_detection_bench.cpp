// bench-template-detection [--runs R]
// Times Ollama's template detection as core reproduces it (banded Levenshtein,
// cutoff 100, against the 37 references) for a 10 KB chat template, R runs,
// and prints the medians. Target on the reference machine: < 50 ms.
// Three inputs: a 10 KB template (no reference is within 100 of its length,
// so the length check answers); Ollama's longest reference (4.6 KB) with 60
// edits (the band is filled against the one reference of its length); and the
// worst case, a 10 KB template against 37 references of 10 KB each, 60 edits
// away from it (the band is filled 37 times, the cutoff never shrinking).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/templates/levenshtein.h"
#include "core/templates/reference_templates.h"

using namespace md::templates;

namespace {

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

template <class F> double timeMs(int runs, F&& work) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  return median(times);
}

// `count` edits spread over the text (substitutions by a letter that differs).
std::string edited(std::string text, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    char& c = text[(i * 7919) % text.size()];
    c = c == 'x' ? 'y' : 'x';
  }
  return text;
}

std::string tenKilobytes(unsigned seed) {
  std::string text;
  unsigned state = seed;
  while (text.size() < 10 * 1024) {
    state = state * 1103515245u + 12345u;
    text += "{% if message['role'] == 'user' %}"[state % 30];
  }
  return text;
}

} // namespace

int main(int argc, char** argv) {
  int runs = 21;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--runs") == 0)
      runs = std::atoi(argv[i + 1]);

  const std::string big = tenKilobytes(1);
  const double realMs = timeMs(runs, [&] { (void)detectOllamaTemplate(big); });

  const std::string& longest = referenceTemplates()[24].jinja;
  const std::string nearLongest = edited(longest, 60);
  std::size_t distance = 0;
  const double nearMs = timeMs(runs, [&] { distance = detectOllamaTemplate(nearLongest)->distance; });

  std::vector<ReferenceTemplate> worst;
  for (int i = 0; i < 37; ++i) {
    const std::string jinja = edited(big, 60 + std::size_t(i % 3));
    worst.push_back({"synthetic", jinja, codePoints(jinja), {}});
  }
  const double worstMs = timeMs(runs, [&] { (void)closestTemplate(big, worst); });

  std::printf("runs=%d\n", runs);
  std::printf("real_10kb_median_ms=%.3f\n", realMs);
  std::printf("near_longest_reference_median_ms=%.3f (distance %zu)\n", nearMs, distance);
  std::printf("worst_case_37x10kb_median_ms=%.3f\n", worstMs);
  const bool met = std::max({realMs, nearMs, worstMs}) < 50.0;
  std::printf("target < 50 ms: %s\n", met ? "met" : "MISSED");
  return met ? 0 : 3;
}
