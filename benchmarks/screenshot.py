"""The README's picture of the view: the seed pages' graph.html as it opens, in headless
Chromium at 1280x720.

    python benchmarks/screenshot.py out/graph.html docs/view.png
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def main() -> None:
    page_path, png = Path(sys.argv[1]), Path(sys.argv[2])
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=FLAGS)
        context = browser.new_context(offline=True, bypass_csp=True, viewport={"width": 1280, "height": 720})
        page = context.new_page()
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("window.kgView !== undefined && kgView.ready", timeout=60_000)
        page.wait_for_timeout(300)  # the labels' redraw
        page.screenshot(path=str(png))
        browser.close()


if __name__ == "__main__":
    main()
