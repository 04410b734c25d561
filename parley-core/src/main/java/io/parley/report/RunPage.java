package io.parley.report;

import static io.parley.report.Markup.escape;

/**
 * The HTML page of a {@link RunChart}: one self-contained file, styled like {@link HtmlReport},
 * with the figure inline and a caption that says how to read it.
 */
final class RunPage {
  private RunPage() {}

  static String render(RunChart chart) {
    var html = new StringBuilder(1 << 16);
    String name = chart.scenario().name();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.append("<title>").append(escape(name)).append(" \u2014 Parley run</title>\n");
    html.append("<style>\n").append(HtmlReport.STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(escape(name)).append("</h1>\n");
    html.append("<p>").append(escape(chart.ending())).append(".</p>\n");
    html.append("<figure>\n").append(chart.toInlineSvg(RunChart.View.TIMELINE_AND_PLANE));
    html.append("<figcaption class=\"muted\">");
    html.append(
        escape(
            "Top: each party's utility of every move (offer or text version) over the rounds,"
                + " one line per party, with its reservation value dashed. Below: the moves in"
                + " the utility plane of each pair of parties, coloured by who made them, with"
                + " the Pareto frontier, the Nash point and the agreement (ringed)."));
    if (chart.thinned()) {
      html.append(
          escape(
              " The run made "
                  + chart.moveCount()
                  + " moves; "
                  + chart.drawnCount()
                  + " evenly spaced ones are drawn."));
    }
    html.append("</figcaption>\n</figure>\n");
    html.append("<p class=\"muted\">Written by Parley.</p>\n</body>\n</html>\n");
    return html.toString();
  }
}
