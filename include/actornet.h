/*
 * actornet.h — the umbrella header: include this one.
 *
 * actornet analyses actor networks (states, units, organisations, people,
 * places, media, events tied by typed, dated, sourced relations). See the
 * per-domain headers for the contract of every function.
 */
#ifndef ACTORNET_H
#define ACTORNET_H

#include "actornet/common.h"
#include "actornet/network.h"
#include "actornet/graphml.h"
#include "actornet/dot.h"
#include "actornet/csv.h"
#include "actornet/analysis.h"
#include "actornet/summary.h"
#include "actornet/brokerage.h"
#include "actornet/keyplayers.h"
#include "actornet/cohesion.h"
#include "actornet/communities.h"
#include "actornet/centrality.h"
#include "actornet/views.h"
#include "actornet/paths.h"
#include "actornet/validate.h"
#include "actornet/robustness.h"

#endif /* ACTORNET_H */
