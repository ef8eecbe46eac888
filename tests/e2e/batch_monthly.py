"""Three consecutive monthly editions of layouts/monthly.xml from dated series points: each key
figure is the latest point of its edition, with the change since the point before ("up 4.2% from
September 2025"), checked against the facts; a percent series changes in points. The list of
what is new in the period holds exactly that month's points and facts."""
import os
import shutil

from common import BINARY, check, finish, pdftotext, run, scratch

# (period, trade in USD billion, share of exports in %), one article a month.
MONTHS = [("2025-09", 20.0, 30.0), ("2025-10", 20.9, 31.5), ("2025-11", 19.5, 31.5)]
# One plain fact, reported in October only.
AGREEMENTS_PERIOD = "2025-10"
AGREEMENTS_SENTENCE = "The two sides signed 12 trade agreements in October 2025."
MONTH_NAMES = {"2025-09": "September 2025", "2025-10": "October 2025", "2025-11": "November 2025"}


def number(value):
    return f"{value:g}"


def write_brief(root):
    brief = os.path.join(root, "trade-monthly")
    os.makedirs(os.path.join(brief, "articles"))
    sources, trade, share = [], [], []
    for i, (period, usd, pct) in enumerate(MONTHS):
        name = MONTH_NAMES[period].split()[0]
        with open(os.path.join(brief, "articles", f"{period}.txt"), "w", encoding="utf-8") as f:
            f.write(f"Trade update for {name}\n\nTwo-way trade between the two countries was "
                    f"USD {number(usd)} billion in {name} 2025, the customs office said.\n\n"
                    f"China took {number(pct)}% of the country's farm exports in {name} 2025.\n"
                    + (AGREEMENTS_SENTENCE + "\n" if period == AGREEMENTS_PERIOD else ""))
        sources.append(f'<article id="m{i}" file="articles/{period}.txt" agency="Customs" '
                       f'title="Trade update, {MONTH_NAMES[period]}" date="{period}-28"/>')
        trade.append(f'<point period="{period}" value="{number(usd)} billion" article="m{i}" '
                     f'quote="Two-way trade between the two countries was USD {number(usd)} '
                     f'billion in {name} 2025"/>')
        share.append(f'<point period="{period}" value="{number(pct)}" article="m{i}" '
                     f'quote="China took {number(pct)}% of the country\'s farm exports"/>')
    with open(os.path.join(brief, "facts.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<facts>\n'
                '<series id="trade" label="Two-way trade" kind="money" unit="USD">\n'
                + "\n".join(trade) + "\n</series>\n"
                '<series id="farm-share" label="Share of farm exports" kind="percent">\n'
                + "\n".join(share) + "\n</series>\n"
                '<fact id="agreements" label="Trade agreements signed" kind="count" value="12" '
                f'period="{AGREEMENTS_PERIOD}" article="m1" quote="{AGREEMENTS_SENTENCE}"/>\n'
                "</facts>\n")
    with open(os.path.join(brief, "brief.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<brief layout="monthly" lang="en">\n'
                "<title>Trade Monitor</title>\n<sources>\n" + "\n".join(sources) +
                "\n</sources>\n<section title=\"Key figures\"><keyfigures>\n"
                '<figure series="trade">Two-way trade</figure>\n'
                '<figure series="farm-share">Farm exports going to China</figure>\n'
                "</keyfigures></section>\n"
                '<section title="New this period"><new-facts/></section>\n'
                '<section title="Charts"><chart type="bar" series="trade" '
                'title="Two-way trade by month" value-title="Trade" height="60mm"/></section>\n'
                '<section title="Sources"><sources-list/></section>\n</brief>\n')
    return brief


def expected_change(before, latest, percent):
    amount = abs(latest - before) if percent else abs((latest - before) / before * 100)
    text = f"{amount:.1f}" + (" points" if percent else "%")
    if text.startswith("0.0"):
        return "unchanged"
    return ("\u25b2 up " if latest > before else "\u25bc down ") + text


def flat(text):
    return " ".join(text.split())


root = scratch("briefing-monthly-")
brief = write_brief(root)
for i, (period, usd, pct) in enumerate(MONTHS):
    pdf = os.path.join(root, f"{period}.pdf")
    r = run([BINARY, "build", brief, "--period", period, "-o", pdf])
    check(r.returncode == 0, f"the {period} edition builds: {r.stderr}")
    if r.returncode != 0:
        continue
    text = flat(pdftotext(pdf))
    check(f"Monthly update: {MONTH_NAMES[period]}" in text, f"{period}: the cover names the period")
    check(f"USD {number(usd)} billion" in text, f"{period}: trade is this month's USD {usd} bn")
    check(f"{number(pct)}%" in text, f"{period}: the share is this month's {pct}%")
    news = text.split("New this period")[-1].split("Sources")[0]
    month = MONTH_NAMES[period]
    check(f"Two-way trade: USD {number(usd)} billion" in news and f"({month})" in news,
          f"{period}: the new-facts list has this month's trade point: {news!r}")
    check(f"Share of farm exports: {number(pct)}%" in news,
          f"{period}: the new-facts list has this month's share point")
    check(all(f"({MONTH_NAMES[p]})" not in news for p, _, _ in MONTHS if p != period),
          f"{period}: the new-facts list has nothing from another month")
    has_agreements = "Trade agreements signed: 12" in news
    check(has_agreements == (period == AGREEMENTS_PERIOD),
          f"{period}: the October fact is listed in October's edition only")
    charts = text.split("Two-way trade by month")[-1].split("Sources")[0]
    check(all(MONTH_NAMES[p].split()[0][:3] in charts for p, _, _ in MONTHS[:i + 1]),
          f"{period}: the chart has a bar for every month up to the edition: {charts!r}")
    later = [m for m in MONTHS[i + 1:]]
    check(all(f"USD {number(u)} billion" not in text for _, u, _ in later),
          f"{period}: no later month's trade is printed")
    if i == 0:
        check(" from " not in text.split("Sources")[0].split("Key figures")[-1],
              f"{period}: the first edition has no change to print")
        continue
    before_period, before_usd, before_pct = MONTHS[i - 1]
    since = f" from {MONTH_NAMES[before_period]}"
    trade_change = expected_change(before_usd, usd, False) + since
    share_change = expected_change(before_pct, pct, True) + since
    check(trade_change in text, f"{period}: trade shows '{trade_change}'")
    check(share_change in text, f"{period}: share shows '{share_change}'")

shutil.rmtree(root)
finish("batch_monthly")
