#include "json_scan.h"

#include "json_scanner.h"  // ../core/src: the reading and checking itself

namespace whosaid_cli {

LineFields scan_line(std::string_view line) {
  LineFields out;
  whosaid::JsonScanner scanner(line);
  auto member = [&](const std::string& key, whosaid::JsonScanner& s) {
    size_t start = s.pos();
    if (key == "text" && s.peek() == '"') {
      out.text.emplace();
      if (!s.string(&*out.text)) return false;
    } else {
      if (!s.value()) return false;
      if (key == "text") out.text.reset();
    }
    if (key == "id") out.id = line.substr(start, s.pos() - start);
    return true;
  };
  switch (scanner.read(member)) {
    case whosaid::JsonScanner::Shape::kInvalid: return {};
    case whosaid::JsonScanner::Shape::kNotObject: out.shape = LineFields::Shape::kNotObject; break;
    case whosaid::JsonScanner::Shape::kObject: out.shape = LineFields::Shape::kObject; break;
  }
  return out;
}

}  // namespace whosaid_cli
