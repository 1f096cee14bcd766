/*
 * command_list.h — every subcommand, one line each:
 *   AN_CLI_COMMAND(name, "one-line summary")
 * implemented as `int cli_cmd_<name>(int argc, char **argv)` in cli/cmd_<name>.c
 * (argv[0] is the subcommand name). Keep the list in the order `--help` shows.
 */
AN_CLI_COMMAND(report, "the analyst's report: findings, diagrams and one offline page (no FILE: bundled data)")
AN_CLI_COMMAND(info, "summarise a network: size, classes, relations, years, attributes, components")
AN_CLI_COMMAND(import, "build a network from spreadsheets: an edge table and a node table as CSV")
AN_CLI_COMMAND(convert, "convert between GraphML, DOT and CSV (by file extension)")
AN_CLI_COMMAND(centrality, "who is central: degree, betweenness, closeness, eigenvector, PageRank, constraint, ...")
AN_CLI_COMMAND(cohesion, "how the network holds together: density, components, cut-points, bridges, cliques")
AN_CLI_COMMAND(communities, "which factions exist: Leiden, Louvain, Infomap, ...; modularity; compare with an attribute")
AN_CLI_COMMAND(lenses, "which actors and ties an analysis sees: cooperation, conflict, influence; what each keeps of FILE")
AN_CLI_COMMAND(validate, "check a network against the data schema (classes, relations, citations, duplicates)")
AN_CLI_COMMAND(robustness, "which rankings and communities survive stated-only evidence and tie dropout")
AN_CLI_COMMAND(positions, "who occupies the same position: structural equivalence, CONCOR, blockmodel image")
AN_CLI_COMMAND(coreperiphery, "Borgatti & Everett core and periphery: who is in the core, how well the model fits")
AN_CLI_COMMAND(subgroups, "cohesive subgroups beyond cliques: k-plexes and Moody & White cohesive blocks")
AN_CLI_COMMAND(census, "dyad and triad census (the 16 MAN triad types)")
AN_CLI_COMMAND(qap, "is one relation associated with others beyond chance? QAP correlation and regression")
AN_CLI_COMMAND(cug, "is a measure unusual for a network of this size and density? conditional uniform graph test")
AN_CLI_COMMAND(brokerage, "Gould & Fernandez brokerage roles per actor by a group attribute")
AN_CLI_COMMAND(paths, "cited chains between two actors: shortest, k shortest, all simple paths, by relation/class/year")
AN_CLI_COMMAND(timeline, "the network in periods: who rose and fell, which factions split or merged, who reached whom in time")
AN_CLI_COMMAND(view, "write a view: filter by class/relation/confidence/years, ego network, two-mode projection")
AN_CLI_COMMAND(keyplayers, "the k actors whose removal fragments the network most, or who reach most")
AN_CLI_COMMAND(whatif, "remove actors: the change in components, fragmentation, efficiency, reach")
