"""Schema validation and the bundled data files."""
import pytest

import actornet
from conftest import DATA, requires

pytestmark = requires("an_network_validate", "an_vocabulary_load")


def test_data_file_finds_the_checkout_data():
    assert actornet.data_file("vocabulary.tsv").startswith(DATA)
    with pytest.raises(FileNotFoundError, match="no-such.graphml"):
        actornet.data_file("no-such.graphml")


def test_vocabulary():
    with actornet.Vocabulary() as vocabulary:
        assert vocabulary.has("type", "state")
        assert not vocabulary.has("type", "spaceship")
    with pytest.raises(ValueError):
        vocabulary.has("type", "state")
    with pytest.raises(actornet.FileError):
        actornet.Vocabulary("/nonexistent/vocabulary.tsv")


@requires("an_network_load_graphml")
def test_bundled_network_is_valid():
    with actornet.load(actornet.data_file("proxy-network.graphml")) as net:
        assert net.validate() == []


def test_problems_are_reported_per_element():
    net = actornet.Network(directed=True)
    net.add_node("a", type="state")
    net.add_node("b", type="spaceship")
    net.add_edge("a", "b", attributes={"relation": "funds", "confidence": "stated",
                                       "source": "paper", "locator": "p. 1"})
    net.add_edge("a", "b", relation="teleports", confidence="stated")
    problems = net.validate()
    assert any("'b'" in p and "spaceship" in p for p in problems)
    assert any("teleports" in p for p in problems)
    assert any("source" in p for p in problems)
    assert all(isinstance(p, str) and p for p in problems)
