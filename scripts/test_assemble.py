#!/usr/bin/env python3
"""Tests of compact_css in scripts/assemble.py: the real sheet goes through unchanged, and each
kind of sheet its regexes would misread stops the build with a message naming what it found.
Run by `cargo test --test assemble` (tests/assemble.rs), or directly:

    python3 scripts/test_assemble.py
"""
import pathlib
import re
import sys
import unittest

# assemble.py is a script, not a package: it is imported from its own folder, wherever the
# tests are started from.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import assemble  # noqa: E402

SHEET = assemble.ROOT / "style/screener.css"


def compact_before_checks(css: str) -> str:
    """compact_css as it was before it checked anything: the checks must leave its output alone,
    so the real sheet must come out byte for byte as it did."""
    parts = re.split(r'("[^"]*")', re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    for i in range(0, len(parts), 2):
        parts[i] = re.sub(r"\s*([{};,])\s*", r"\1", re.sub(r"\s+", " ", parts[i]))
    return "".join(parts).strip()


class RealSheet(unittest.TestCase):
    def test_passes_and_comes_out_as_before(self):
        css = SHEET.read_text(encoding="utf-8")
        self.assertEqual(assemble.compact_css(css), compact_before_checks(css))

    def test_loses_only_comments_and_layout(self):
        # A sanity check that the sheet is really compacted (and so the test above compares
        # something): its comments are gone and it is smaller, its strings are all there.
        css = SHEET.read_text(encoding="utf-8")
        compact = assemble.compact_css(css)
        self.assertNotIn("/*", compact)
        self.assertLess(len(compact), len(css) * 0.8)
        self.assertIn('"Segoe UI"', compact)


class RefusedSheets(unittest.TestCase):
    """One sheet per assumption, each wrong in that one way only, and the message it must give.
    The comment says what the regexes would have done to it."""

    CASES = [
        # The inside of a single-quoted string would be compacted like the text around it.
        ("a { content: 'a  ,  b'; }", "a single-quoted string"),
        # The comment regex would cut from the "/*" in the string to the comment's end.
        ('a { content: "/*"; }\nb { color: red; }\n/* note */', '"/*" inside a double-quoted string'),
        ('a { content: "*/"; }', '"*/" inside a double-quoted string'),
        # The string regex would end the string at the escaped quote.
        ('a { content: "say \\"hi\\" , then"; }', "a backslash escape in a string"),
        # The escaped space is part of the class name; the regex would drop it before the {.
        (".a\\ { color: red; }", "a backslash escape outside a string"),
        # A browser ends the string at the line break; the regex would read on to the next ".
        ('a { content: "one\n; } b { content: "; }', "a double-quoted string that is not closed on its line"),
        ('a { content: "open', "a double-quoted string that is not closed on its line"),
        # A browser reads an open comment to the end; the regex would leave it in, compacted.
        ("a { color: red; }\n/* note", "an unterminated comment"),
        # A browser reads two lengths; the regex would make one "1px2px".
        ("a { margin: 1px/**/2px; }", "a comment between two non-space characters"),
        # In an unquoted URL "/*" is no comment and spaces and , ; mean something else.
        ("a { background: url(x.png); }", "a url( function"),
        ("a { background: URL(x.png); }", "a url( function"),
        # \s would make a no-break space (part of a name, for CSS) or a vertical tab a space.
        (".a\xa0b { color: red; }", "whitespace that CSS does not count as whitespace"),
        ("a {\v color: red; }", "whitespace that CSS does not count as whitespace"),
        # The regex would make "--x: ;" "--x:;", invalid under the first variables spec.
        (":root { --x: ; }", "a custom property with an empty value"),
        (":root { --x: }", "a custom property with an empty value"),
    ]

    def test_each_assumption_is_checked(self):
        for css, message in self.CASES:
            with self.subTest(css=css):
                with self.assertRaises(SystemExit) as stopped:
                    assemble.compact_css(css)
                self.assertIn(f"has {message}", str(stopped.exception.code))

    def test_the_message_gives_the_line(self):
        with self.assertRaises(SystemExit) as stopped:
            assemble.compact_css("/* one\n   two */\na { color: red; }\nb { content: 'x'; }")
        self.assertIn("a single-quoted string (line 4)", str(stopped.exception.code))
        # Lines are counted the same for what is looked for outside strings and comments.
        with self.assertRaises(SystemExit) as stopped:
            assemble.compact_css('/* one\n   two */\na { content: "x"; }\nb { background: url(x); }')
        self.assertIn("a url( function ('url(') (line 4)", str(stopped.exception.code))

    def test_what_the_regexes_handle_is_not_refused(self):
        # Quotes, comment marks and url( where the regexes read them as a browser does: in a
        # comment (removed first) or in a double-quoted string (kept as it is).
        css = ("/* the host's \"brand\" url( */\n"
               'a::after { content: "it\'s url(x) ; , {"; }\n'
               "b { margin: 1px /* comment */2px; }")
        self.assertEqual(assemble.compact_css(css), 'a::after{content: "it\'s url(x) ; , {";}b{margin: 1px 2px;}')


class CompactedSheet(unittest.TestCase):
    """same_sheet, which checks the regexes' output against their input, on outputs they would
    produce were they wrong."""

    CSS = 'a { content: "one"; }\nb { content: "two"; }'

    def refuses(self, compact: str, message: str):
        with self.assertRaises(SystemExit) as stopped:
            assemble.same_sheet(assemble.css_pieces(self.CSS), compact)
        self.assertIn(message, str(stopped.exception.code))

    def test_accepts_the_real_output(self):
        assemble.same_sheet(assemble.css_pieces(self.CSS), 'a{content: "one";}b{content: "two";}')

    def test_a_lost_brace(self):
        self.refuses('a{content: "one";b{content: "two";}', "the number of '}'")
        self.refuses('a content: "one";}b{content: "two";}', "the number of '{'")

    def test_a_changed_or_reordered_string(self):
        self.refuses('a{content: "one ";}b{content: "two";}', "double-quoted strings")
        self.refuses('a{content: "two";}b{content: "one";}', "double-quoted strings")

    def test_a_comment_left(self):
        self.refuses('a{content: "one";}/* x */ b{content: "two";}', "left a comment")


if __name__ == "__main__":
    unittest.main()
