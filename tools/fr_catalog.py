"""French texts for the GUI and the lessons: English source text → French.

Filled by tools/update_translations.py into nnplayground/gui/i18n/nnplayground_fr.ts.

Conventions (keep them when adding texts):
- Commands, buttons and tooltips that describe an action use the infinitive
  ("Démarrer ou mettre en pause l'entraînement"); instructions to the learner and questions
  use "vous" ("Appuyez sur Lancer").
- Terms: fonction d'activation, dérivée, poids, biais, couche cachée, neurone (for "unit"),
  époque, taux d'apprentissage, fonction de perte / perte, entropie croisée binaire /
  catégorielle, erreur quadratique moyenne, descente de gradient stochastique,
  initialisation, saturation, neurone mort, frontière de décision, jeu d'entraînement /
  de test, exactitude (accuracy), bruit, graine (seed), taille de lot (batch size),
  préréglage (preset).
- Registry names (relu, tanh, glorot_uniform, adam…), variable names (x1, z, f′(z)),
  formulas and placeholders (%1, %n, {0}, {0:.0%}) are kept exactly.
- French punctuation: write a plain space before « : ; ? ! » and inside « »; :func:`_nbsp`
  turns it into a no-break space so a line never starts with the sign.
"""

from __future__ import annotations

import re

_NBSP = "\u00a0"


def _nbsp(text: str) -> str:
    """French typography: no-break space before : ; ? ! and inside « »; also before %."""
    text = re.sub(r" ([:;?!»])", _NBSP + r"\1", text)
    text = text.replace("« ", "«" + _NBSP)
    return re.sub(r"(\d) %(?=\W|$)", r"\1" + _NBSP + "%", text)


_PRESETS: dict[str, str] = {
    "Three blobs (softmax)": "Trois amas (softmax)",
    "Circle (the Playground's default)": "Cercle (le choix par défaut du Playground)",
    "Two clouds, no hidden layer": "Deux nuages, sans couche cachée",
    "Gaussian bumps (regression)": "Bosses gaussiennes (régression)",
    "Half-moons": "Demi-lunes",
    "Tilted plane (regression)": "Plan incliné (régression)",
    "Positive prices (regression)": "Prix positifs (régression)",
    "Sine waves (regression)": "Ondes sinusoïdales (régression)",
    "Spiral with sine features": "Spirale avec caractéristiques sinus",
    "XOR quadrants": "Quadrants XOR",
    "Lesson 1: linear layers on XOR": "Leçon 1 : couches linéaires sur XOR",
    "Lesson 2: sigmoid vs tanh vs ReLU": "Leçon 2 : sigmoïde, tanh ou ReLU",
    "Lesson 3: saturated sigmoid units": "Leçon 3 : neurones sigmoïdes saturés",
    "Lesson 4: dying ReLU": "Leçon 4 : neurones ReLU morts",
    "Lesson 5: zero initialisation": "Leçon 5 : initialisation à zéro",
    "Lesson 6: initial scale in depth": "Leçon 6 : échelle initiale en profondeur",
    "Lesson 7: output layer and loss": "Leçon 7 : couche de sortie et fonction de perte",
    "Lesson 8: what a loss is": "Leçon 8 : ce qu'est une fonction de perte",
}

_FRENCH: dict[str, str] = {
    # ------------------------------------------------------------------ main window
    "Architecture": "Architecture",
    "Layers, units, activations and initializers": (
        "Couches, neurones, fonctions d'activation et initialisations"
    ),
    "Data": "Données",
    "The points to learn from": "Les points à apprendre",
    "Training": "Entraînement",
    "Loss, optimizer, stop rules; play, step and reset": (
        "Fonction de perte, optimiseur, critères d'arrêt ; lancer, avancer d'une époque, "
        "réinitialiser"
    ),
    "Decision boundary": "Frontière de décision",
    "What the network predicts over the plane": "Ce que le réseau prédit sur tout le plan",
    "Loss": "Perte",
    "Train and test loss per epoch": "Perte d'entraînement et de test à chaque époque",
    "Activation": "Activation",
    "A layer's activation, its derivative and its real pre-activations": (
        "La fonction d'activation d'une couche, sa dérivée et ses pré-activations réelles"
    ),
    "Diagnostics": "Diagnostics",
    "Dead and saturated units, gradient norms per layer": (
        "Neurones morts et saturés, normes du gradient par couche"
    ),
    "What the trainer is doing": "Ce que fait l'entraînement en ce moment",
    "&File": "&Fichier",
    "&Training": "&Entraînement",
    "&View": "&Affichage",
    "Play / Pause": "Lancer / Pause",
    "Start or pause training (Space)": "Démarrer ou mettre en pause l'entraînement (Espace)",
    "Step one epoch": "Avancer d'une époque",
    "Train exactly one epoch": "Entraîner exactement une époque",
    "Reset weights": "Réinitialiser les poids",
    "Draw the initial weights again": "Tirer à nouveau les poids initiaux",
    "New data drawn": "Nouvelles données tirées",
    "Untitled": "Sans titre",
    "nnplayground — %1[*]": "nnplayground — %1[*]",
    "Not applied: %1": "Non appliqué : %1",
    "Idle": "À l'arrêt",
    "Paused": "En pause",
    "Training stopped by an error: %1": "Entraînement interrompu par une erreur : %1",
    "Stopped at the epoch limit (%1); raise it in Training to go on.": (
        "Arrêt à la limite d'époques (%1) ; augmentez-la dans Entraînement pour continuer."
    ),
    "Reached the target loss at epoch %1.": "Perte visée atteinte à l'époque %1.",
    "Stopped at epoch %1: the test loss stopped improving.": (
        "Arrêt à l'époque %1 : la perte de test ne s'améliorait plus."
    ),
    "Layer %1, neuron %2": "Couche %1, neurone %2",
    "&Lessons": "&Leçons",
    "Load this lesson's network and data, and show its text": (
        "Charger le réseau et les données de cette leçon, et afficher son texte"
    ),
    "Lessons": "Leçons",
    "Guided lessons: what to look at, what to change, what you will see": (
        "Leçons guidées : ce qu'il faut regarder, ce qu'il faut changer, ce que vous allez voir"
    ),
    "Lesson loaded: press Play": "Leçon chargée : appuyez sur Lancer",
    "T&ools": "&Outils",
    "Compare runs…": "Comparer des entraînements…",
    "Train variants of this network side by side": (
        "Entraîner côte à côte des variantes de ce réseau"
    ),
    "Network as code…": "Le réseau en code…",
    "This network as a Keras or PyTorch script": "Ce réseau en script Keras ou PyTorch",
    "Activation explorer…": "Explorateur d'activations…",
    "Any activation function and its derivative": (
        "N'importe quelle fonction d'activation et sa dérivée"
    ),
    "&Language": "&Langue",
    "System language": "Langue du système",
    "Used from the next start of the app": "Appliquée au prochain démarrage de l'application",
    "The language changes the next time you start the app.": (
        "La langue changera au prochain démarrage de l'application."
    ),
    # ------------------------------------------------------------------ file menu
    "&New": "&Nouveau",
    "Start again from the default circle preset": ("Repartir du préréglage par défaut (cercle)"),
    "&Open preset…": "&Ouvrir un préréglage…",
    "Open a preset file (.json)": "Ouvrir un fichier de préréglage (.json)",
    "Open &Recent": "Ouvrir un fichier &récent",
    "&Save": "&Enregistrer",
    "Save the network, its settings and its trained weights": (
        "Enregistrer le réseau, ses réglages et ses poids entraînés"
    ),
    "Save &As…": "Enregistrer &sous…",
    "Save to a new preset file": "Enregistrer dans un nouveau fichier de préréglage",
    "&Bundled presets": "Préréglages &fournis",
    "Open the bundled preset “%1”": "Ouvrir le préréglage fourni « %1 »",
    "Export loss plot…": "Exporter la courbe de perte…",
    "Export history as CSV…": "Exporter l'historique en CSV…",
    "Export decision boundary…": "Exporter la frontière de décision…",
    "Export activation plot…": "Exporter le graphique d'activation…",
    "Export network view…": "Exporter la vue du réseau…",
    "Write a file; the format follows the chosen file type": (
        "Écrire un fichier ; le format suit le type de fichier choisi"
    ),
    "PNG image (*.png);;SVG image (*.svg)": "Image PNG (*.png);;Image SVG (*.svg)",
    "nnplayground presets (*.json);;All files (*)": (
        "Préréglages nnplayground (*.json);;Tous les fichiers (*)"
    ),
    "&Quit": "&Quitter",
    "Close the app": "Fermer l'application",
    "No recent files": "Aucun fichier récent",
    "Clear list": "Vider la liste",
    "Open preset": "Ouvrir un préréglage",
    "File not found": "Fichier introuvable",
    "%1 no longer exists; it was removed from the recent files.": (
        "%1 n'existe plus ; il a été retiré des fichiers récents."
    ),
    "Could not open the preset": "Impossible d'ouvrir le préréglage",
    "Save preset": "Enregistrer le préréglage",
    "Could not save the preset": "Impossible d'enregistrer le préréglage",
    "Saved %1": "%1 enregistré",
    "Saving %1…": "Enregistrement de %1…",
    "A save is still being written; try again.": (
        "Un enregistrement est encore en cours ; réessayez."
    ),
    "Unsaved changes": "Modifications non enregistrées",
    "The network has changes that are not saved. Save them first?": (
        "Le réseau a des modifications non enregistrées. Les enregistrer d'abord ?"
    ),
    "Export loss plot": "Exporter la courbe de perte",
    "Export decision boundary": "Exporter la frontière de décision",
    "Export activation plot": "Exporter le graphique d'activation",
    "Export network view": "Exporter la vue du réseau",
    "Export history as CSV": "Exporter l'historique en CSV",
    "Could not export the history": "Impossible d'exporter l'historique",
    "Wrote %1": "%1 écrit",
    "Could not export": "Impossible d'exporter",
    "Nothing was written.": "Rien n'a été écrit.",
    # ------------------------------------------------------------------ docks
    "Restore default layout": "Rétablir la disposition par défaut",
    "Put every panel back where it was when the app started": (
        "Remettre chaque panneau à sa place du démarrage de l'application"
    ),
    "Show or hide the %1 panel": "Afficher ou masquer le panneau %1",
    # ------------------------------------------------------------------ activation explorer
    "Activation explorer": "Explorateur d'activations",
    "Explore activation functions and their derivatives.": (
        "Explorer les fonctions d'activation et leurs dérivées."
    ),
    "The activation function to explore.": "La fonction d'activation à explorer.",
    "Half-width of the z axis: the plot spans −z … z.": (
        "Demi-largeur de l'axe z : le graphique va de −z à z."
    ),
    "Compare with": "Comparer avec",
    "Overlay a second activation (default parameters).": (
        "Superposer une deuxième fonction d'activation (paramètres par défaut)."
    ),
    "The activation to overlay for comparison.": (
        "La fonction d'activation à superposer pour comparer."
    ),
    "Parameters of the chosen activation.": "Paramètres de la fonction d'activation choisie.",
    "Solid: f(z). Dashed: its slope f′(z). Where f′ is near 0, learning stalls.": (
        "Trait plein : f(z). Pointillés : sa pente f′(z). Là où f′ est proche de 0, "
        "l'apprentissage cale."
    ),
    "z (pre-activation)": "z (pré-activation)",
    "The function and its derivative.": "La fonction et sa dérivée.",
    "The values the activation can output.": (
        "Les valeurs que la fonction d'activation peut produire."
    ),
    "Zero-centred outputs keep the next layer's inputs balanced around 0.": (
        "Des sorties centrées sur zéro gardent les entrées de la couche suivante équilibrées "
        "autour de 0."
    ),
    "Known problems of this activation.": "Problèmes connus de cette fonction d'activation.",
    "z range ±": "Plage de z ±",
    "Close the explorer.": "Fermer l'explorateur.",
    "Close this window.": "Fermer cette fenêtre.",
    "Output range: {0}": "Plage de sortie : {0}",
    "Zero-centred: yes": "Centrée sur zéro : oui",
    "Zero-centred: no": "Centrée sur zéro : non",
    "Known problems": "Problèmes connus",
    "No non-linearity: stacked linear layers collapse into one linear map.": (
        "Aucune non-linéarité : des couches linéaires empilées se réduisent à une seule "
        "application linéaire."
    ),
    "Saturation: flat for large |z|, so the derivative vanishes.": (
        "Saturation : plate pour les grands |z|, donc la dérivée s'annule."
    ),
    "Dead zone: 0 with slope 0 for z < 0, so a unit can die.": (
        "Zone morte : 0 avec une pente nulle pour z < 0, donc un neurone peut mourir."
    ),
    "Not zero-centred: outputs are mostly positive, which slows learning in the next layer.": (
        "Non centrée sur zéro : les sorties sont surtout positives, ce qui ralentit "
        "l'apprentissage de la couche suivante."
    ),
    "Non-monotonic: the slope changes sign, so a larger z can give a smaller output.": (
        "Non monotone : la pente change de signe, donc un z plus grand peut donner une "
        "sortie plus petite."
    ),
    "Periodic: many different z give the same output.": (
        "Périodique : beaucoup de z différents donnent la même sortie."
    ),
    "Unbounded above: activations and gradients can grow large (explode) with a high "
    "learning rate.": (
        "Non bornée en haut : les activations et les gradients peuvent devenir très grands "
        "(explosion) avec un taux d'apprentissage élevé."
    ),
    "Output layer only: it couples all units so the outputs sum to 1 (the plot shows one "
    "unit with the other logits at 0).": (
        "Couche de sortie uniquement : elle lie tous les neurones pour que les sorties aient "
        "une somme de 1 (le graphique montre un neurone, les autres logits valant 0)."
    ),
    # ------------------------------------------------------------------ activation plot
    "The selected layer's activation function and its slope.": (
        "La fonction d'activation de la couche choisie et sa pente."
    ),
    "Which layer's activation to show.": "La couche dont afficher la fonction d'activation.",
    "The activation f and its derivative f′.": "La fonction d'activation f et sa dérivée f′.",
    "Share of this layer's values in the flat parts of the curve.": (
        "Part des valeurs de cette couche dans les parties plates de la courbe."
    ),
    "Grey bars: where this layer's pre-activations z are now. Where f′ is near 0 the layer "
    "barely learns.": (
        "Barres grises : où se trouvent maintenant les pré-activations z de cette couche. "
        "Là où f′ est proche de 0, la couche n'apprend presque plus."
    ),
    "pre-activations z (this layer)": "pré-activations z (cette couche)",
    "Output ({0})": "Sortie ({0})",
    "Hidden {0} ({1})": "Couche cachée {0} ({1})",
    "Softmax mixes all output units: the curve is one unit's f_k with the other logits at "
    "0, and f′ shows the Jacobian diagonal f_k(1 − f_k).": (
        "Softmax mélange tous les neurones de sortie : la courbe est la f_k d'un neurone, "
        "les autres logits valant 0, et f′ montre la diagonale de la jacobienne f_k(1 − f_k)."
    ),
    "saturated units: {0:.0%}": "neurones saturés : {0:.0%}",
    "dead units: {0:.0%}": "neurones morts : {0:.0%}",
    # ------------------------------------------------------------------ architecture panel
    "Inputs": "Entrées",
    "Features fed to the network; choose them in the Data panel": (
        "Les caractéristiques données au réseau ; à choisir dans le panneau Données"
    ),
    "Hidden layers": "Couches cachées",
    "+ Add layer": "+ Ajouter une couche",
    "Add a hidden layer with the settings of the last one (at most 16)": (
        "Ajouter une couche cachée avec les réglages de la dernière (16 au plus)"
    ),
    "− Remove last": "− Retirer la dernière",
    "Remove the last hidden layer": "Retirer la dernière couche cachée",
    "Output": "Sortie",
    "Output activation; only those that fit the task and loss are enabled": (
        "Fonction d'activation de sortie ; seules celles qui conviennent à la tâche et à la "
        "fonction de perte sont proposées"
    ),
    "regression": "régression",
    "binary classification": "classification binaire",
    "%1 classes": "%1 classes",
    "1 unit": "1 neurone",
    "%1 units": "%1 neurones",
    "Output: %1 (%2) — %3": "Sortie : %1 (%2) — %3",
    "Input feature %1": "Caractéristique d'entrée %1",
    "(pinned: click it again to release)": "(épinglé : cliquer de nouveau pour le libérer)",
    "%1 / %2 layers": "%1 / %2 couches",
    "%1/%2 dead": "%1/%2 morts",
    "%1/%2 saturated": "%1/%2 saturés",
    "identical units": "neurones identiques",
    # ------------------------------------------------------------------ boundary plot
    "What the network outputs at every point of the input plane.": (
        "Ce que le réseau produit en chaque point du plan d'entrée."
    ),
    "Background: the network's output. Dots: training points; squares: test points.": (
        "Fond : la sortie du réseau. Disques : points d'entraînement ; carrés : points de test."
    ),
    "Which output the heatmap shows.": "La sortie que montre la carte de chaleur.",
    "Show test data": "Points de test",
    "Also draw the test points (dark-edged squares).": (
        "Dessiner aussi les points de test (carrés à bord foncé)."
    ),
    "Discretize output": "Sortie discrète",
    "Show the predicted class only, instead of how sure the network is.": (
        "N'afficher que la classe prédite, au lieu du degré de certitude du réseau."
    ),
    # ------------------------------------------------------------------ code view
    "Network as code": "Le réseau en code",
    "The same network written for each framework.": (
        "Le même réseau écrit pour chaque bibliothèque."
    ),
    "Keras": "Keras",
    "PyTorch": "PyTorch",
    "Copy": "Copier",
    "Copy the code of the visible tab to the clipboard.": (
        "Copier le code de l'onglet affiché dans le presse-papiers."
    ),
    "Export .py…": "Exporter en .py…",
    "Save the code of the visible tab as a Python file.": (
        "Enregistrer le code de l'onglet affiché dans un fichier Python."
    ),
    "What happened to the last copy or export.": (
        "Le résultat de la dernière copie ou du dernier export."
    ),
    "Read-only: copy or export it, then edit it in your editor.": (
        "Lecture seule : copiez-le ou exportez-le, puis modifiez-le dans votre éditeur."
    ),
    "This network cannot be written as code: {0}": (
        "Ce réseau ne peut pas être écrit en code : {0}"
    ),
    "Copied to the clipboard.": "Copié dans le presse-papiers.",
    "Could not write {0}: {1}.": "Impossible d'écrire {0} : {1}.",
    "Saved {0}.": "{0} enregistré.",
    "Export code": "Exporter le code",
    "Python files (*.py)": "Fichiers Python (*.py)",
    # ------------------------------------------------------------------ compare dialog
    "Compare runs": "Comparer des entraînements",
    "The one setting that differs.": "Le seul réglage qui change.",
    "Hidden activation": "Activation des couches cachées",
    "Weight initializer": "Initialisation des poids",
    "Learning rate": "Taux d'apprentissage",
    "Optimizer": "Optimiseur",
    "Tick 2 to 6 values to compare.": "Cocher de 2 à 6 valeurs à comparer.",
    "2 to 6 learning rates separated by commas, e.g. 0.003, 0.03, 0.3.": (
        "De 2 à 6 taux d'apprentissage séparés par des virgules, par ex. 0.003, 0.03, 0.3."
    ),
    "How many epochs each variant trains.": "Nombre d'époques d'entraînement de chaque variante.",
    "Run": "Entraîner",
    "Train every variant.": "Entraîner toutes les variantes.",
    "Stop": "Arrêter",
    "Stop now; the finished epochs stay.": "Arrêter maintenant ; les époques terminées restent.",
    "Epochs trained so far.": "Époques entraînées jusqu'ici.",
    "What went wrong, or what happened.": "Ce qui n'a pas marché, ou ce qui s'est passé.",
    "The table shows the first epoch whose train loss is at or below this.": (
        "Le tableau indique la première époque dont la perte d'entraînement est inférieure "
        "ou égale à ce seuil."
    ),
    "Export plot…": "Exporter le graphique…",
    "Save the plot as a PNG or SVG picture.": "Enregistrer le graphique en image PNG ou SVG.",
    "Export CSV…": "Exporter en CSV…",
    "Save every variant's losses per epoch as a CSV table.": (
        "Enregistrer les pertes de chaque variante par époque dans un tableau CSV."
    ),
    "Vary": "Faire varier",
    "Values": "Valeurs",
    "Epochs": "Époques",
    "Loss threshold": "Seuil de perte",
    "The comparison failed: {0}": "La comparaison a échoué : {0}",
    "diverged at epoch {0}": "divergence à l'époque {0}",
    "training": "entraînement en cours",
    "stopped at epoch {0}": "arrêt à l'époque {0}",
    "done": "terminé",
    "Save as": "Enregistrer sous",
    "PNG image (*.png);;SVG picture (*.svg)": "Image PNG (*.png);;Image SVG (*.svg)",
    "CSV (*.csv)": "CSV (*.csv)",
    "Loss per epoch, one colour per variant.": "Perte par époque, une couleur par variante.",
    "epoch": "époque",
    "loss": "perte",
    "Log scale": "Échelle log",
    "Show the loss on a logarithmic axis.": "Afficher la perte sur un axe logarithmique.",
    "Which losses to draw.": "Les pertes à tracer.",
    "Train (solid) and test (dashed)": "Entraînement (trait plein) et test (pointillés)",
    "Train loss only": "Perte d'entraînement seule",
    "Test loss only": "Perte de test seule",
    "Final losses, accuracies and speed of every variant.": (
        "Pertes finales, exactitudes et vitesse de chaque variante."
    ),
    "Variant": "Variante",
    "Train loss": "Perte d'entraînement",
    "Test loss": "Perte de test",
    "Train accuracy": "Exactitude (entraînement)",
    "Test accuracy": "Exactitude (test)",
    "Epochs to threshold": "Époques jusqu'au seuil",
    "Status": "État",
    "never": "jamais",
    # ------------------------------------------------------------------ component editor
    "Explain the selected choice": "Expliquer le choix sélectionné",
    "Choose an entry": "Choisir une entrée",
    # ------------------------------------------------------------------ data panel
    "Which toy dataset to learn": "Le jeu de données d'exemple à apprendre",
    "Number of classes (blobs)": "Nombre de classes (amas)",
    "Label noise": "Bruit sur les étiquettes",
    "Number of points (train + test)": "Nombre de points (entraînement + test)",
    "Share of points used for training": "Part des points utilisée pour l'entraînement",
    "Seed of the data": "Graine des données",
    "New data": "Nouvelles données",
    "Draw new points (seed + 1)": "Tirer de nouveaux points (graine + 1)",
    "The points, coloured by class or target": (
        "Les points, colorés selon leur classe ou leur cible"
    ),
    "Dataset": "Jeu de données",
    "Classes": "Classes",
    "Noise": "Bruit",
    "Points": "Points",
    "Seed": "Graine",
    "Import CSV…": "Importer un CSV…",
    "Load your own points: columns x1, x2, label": (
        "Charger vos propres points : colonnes x1, x2, label"
    ),
    "Use generated data": "Utiliser les données générées",
    "Leave the CSV file and go back to the generated dataset": (
        "Quitter le fichier CSV et revenir au jeu de données généré"
    ),
    "Input features": "Caractéristiques d'entrée",
    "Feed %1 to the network": "Fournir %1 au réseau",
    "Classification": "Classification",
    "Regression": "Régression",
    "CSV: %1": "CSV : %1",
    "Import CSV data": "Importer des données CSV",
    "CSV files (*.csv);;All files (*)": "Fichiers CSV (*.csv);;Tous les fichiers (*)",
    "The network needs at least one input feature.": (
        "Le réseau a besoin d'au moins une caractéristique d'entrée."
    ),
    # ------------------------------------------------------------------ diagnostics panel
    "Dead: ReLU units that output 0 for every point. Saturated: sigmoid/tanh units whose "
    "slope is almost 0 for most points. Symmetry: 1.00 means two units of the layer are "
    "identical.": (
        "Morts : neurones ReLU qui produisent 0 pour chaque point. Saturés : neurones "
        "sigmoid/tanh dont la pente est presque nulle pour la plupart des points. Symétrie : "
        "1,00 signifie que deux neurones de la couche sont identiques."
    ),
    "One column per layer. Top: the layer's activations. Bottom: the gradient dL/dz "
    "reaching it. Columns that shrink from left to right mean the signal vanishes through "
    "depth.": (
        "Une colonne par couche. En haut : les activations de la couche. En bas : le gradient "
        "dL/dz qui lui parvient. Des colonnes qui rétrécissent de gauche à droite signifient "
        "que le signal s'éteint avec la profondeur."
    ),
    "‖gradient‖": "‖gradient‖",
    "Each layer's gradient norm over time (log scale).": (
        "La norme du gradient de chaque couche au fil du temps (échelle logarithmique)."
    ),
    "Hidden %1": "Cachée %1",
    "activations": "activations",
    "gradients": "gradients",
    "Identical units in %1 (symmetry 1.00): they get the same updates and will never learn "
    "different things. Start from random weights.": (
        "Neurones identiques dans %1 (symétrie 1,00) : ils reçoivent les mêmes mises à jour "
        "et n'apprendront jamais des choses différentes. Partez de poids aléatoires."
    ),
    # ------------------------------------------------------------------ layer editor
    "Activation function of this layer": "Fonction d'activation de cette couche",
    "Dead / saturated units measured during training": (
        "Neurones morts / saturés mesurés pendant l'entraînement"
    ),
    "Number of neurons in this layer (1 to 256)": "Nombre de neurones de cette couche (1 à 256)",
    "Move this layer up": "Monter cette couche",
    "Move this layer down": "Descendre cette couche",
    "Remove this layer": "Retirer cette couche",
    "units": "neurones",
    "Weights init": "Init. des poids",
    "Bias init": "Init. des biais",
    "<b>Output layer</b>": "<b>Couche de sortie</b>",
    "<b>Layer %1</b>": "<b>Couche %1</b>",
    # ------------------------------------------------------------------ lessons panel
    "Choose a lesson; its network and data are loaded.": (
        "Choisir une leçon ; son réseau et ses données sont chargés."
    ),
    "Start this lesson": "Commencer cette leçon",
    "Load the lesson's network and data (unsaved changes are asked about first).": (
        "Charger le réseau et les données de la leçon (les modifications non enregistrées "
        "sont d'abord signalées)."
    ),
    "What to look at": "Ce qu'il faut regarder",
    "What to change": "Ce qu'il faut changer",
    "What you will see": "Ce que vous allez voir",
    "Try this": "Essayez ceci",
    "Stacked linear layers multiply out to this one map.": (
        "Les couches linéaires empilées se multiplient en cette seule application."
    ),
    "The whole network is one linear map:": (
        "Le réseau entier est une seule application linéaire :"
    ),
    # ------------------------------------------------------------------ loss plot
    "Loss on the training and test sets after each epoch.": (
        "Perte sur les jeux d'entraînement et de test après chaque époque."
    ),
    "Lower is better. A gap between train and test means overfitting.": (
        "Plus bas, c'est mieux. Un écart entre entraînement et test signale un surapprentissage."
    ),
    "train": "entraînement",
    "test": "test",
    "Share of points classified correctly.": "Part des points correctement classés.",
    "accuracy": "exactitude",
    "Show the loss on a logarithmic axis, where slow late progress stays visible.": (
        "Afficher la perte sur un axe logarithmique, où les lents progrès de fin restent visibles."
    ),
    "Accuracy": "Exactitude",
    "Also show the accuracy (classification only).": (
        "Afficher aussi l'exactitude (classification uniquement)."
    ),
    # ------------------------------------------------------------------ network view
    "The network: hover a neuron to see what it computes.": (
        "Le réseau : survolez un neurone pour voir ce qu'il calcule."
    ),
    "Hover a neuron to see what it computes.": "Survolez un neurone pour voir ce qu'il calcule.",
    "Links: blue = positive weight, orange = negative, thicker = larger |weight|. Grey "
    "cross: dead unit (never active). Red outline: saturated unit.": (
        "Liens : bleu = poids positif, orange = négatif, plus épais = |poids| plus grand. "
        "Croix grise : neurone mort (jamais actif). Contour rouge : neurone saturé."
    ),
    "How to read the network drawing.": "Comment lire le dessin du réseau.",
    "What is left out of the drawing to keep it fast.": (
        "Ce qui est omis du dessin pour qu'il reste rapide."
    ),
    "Input": "Entrée",
    "Output\n{0}": "Sortie\n{0}",
    "H{0}\n{1}": "C{0}\n{1}",
    "Hidden {0}\n{1}": "Cachée {0}\n{1}",
    "Showing the {0:,} strongest of {1:,} links.": (
        "Affichage des {0:,} liens les plus forts sur {1:,}."
    ),
    "Neuron pictures are off above {0} hidden units.": (
        "Les vignettes des neurones sont désactivées au-delà de {0} neurones cachés."
    ),
    "Input feature {0}": "Caractéristique d'entrée {0}",
    "Output neuron {0} ({1})": "Neurone de sortie {0} ({1})",
    "Output neuron {0}": "Neurone de sortie {0}",
    "Neuron {0} of hidden layer {1}": "Neurone {0} de la couche cachée {1}",
    "Neuron {0} of hidden layer {1} ({2})": "Neurone {0} de la couche cachée {1} ({2})",
    "bias b = {0:.3g}": "biais b = {0:.3g}",
    "Dead: its pre-activation is ≤ 0 for every point.": (
        "Mort : sa pré-activation est ≤ 0 pour chaque point."
    ),
    "Saturated: its slope f′ is almost 0 for most points.": (
        "Saturé : sa pente f′ est presque nulle pour la plupart des points."
    ),
    # ------------------------------------------------------------------ run controls
    "Play": "Lancer",
    "Start or pause training": "Démarrer ou mettre en pause l'entraînement",
    "Step": "Une époque",
    "Train a single epoch": "Entraîner une seule époque",
    "Reset": "Réinitialiser",
    "Start again from the same initial weights": "Repartir des mêmes poids initiaux",
    "New weights": "Nouveaux poids",
    "Start again from new random initial weights": (
        "Repartir de nouveaux poids initiaux aléatoires"
    ),
    "Epochs finished": "Époques terminées",
    "Training speed": "Vitesse d'entraînement",
    "<b>L%1</b>": "<b>C%1</b>",
    "<b>Out</b>": "<b>Sortie</b>",
    "Hidden layer %1": "Couche cachée %1",
    "How this layer's weights start": "Comment démarrent les poids de cette couche",
    "Layer details": "Détails de la couche",
    "Show the parameters, the bias initializer and the reorder buttons": (
        "Afficher les paramètres, l'initialisation des biais et les boutons de déplacement"
    ),
    "The output layer": "La couche de sortie",
    "Epoch limit reached": "Limite d'époques atteinte",
    "Training stopped at its limit of %1 epochs. Go on without a limit?": (
        "L'entraînement s'est arrêté à sa limite de %1 époques. Continuer sans limite ?"
    ),
    "%1/s": "%1/s",
    "Speed": "Vitesse",
    "The chosen training speed": "La vitesse d'entraînement choisie",
    "The epoch limit of this run": "La limite d'époques de cet entraînement",
    "Training speed: from 1 epoch per second, to watch each step, to as fast as possible": (
        "Vitesse d'entraînement : d'une époque par seconde, pour voir chaque pas, "
        "au plus vite possible"
    ),
    "limit %1": "limite %1",
    "max": "max",
    "Loss on the training set": "Perte sur le jeu d'entraînement",
    "Loss on the test set": "Perte sur le jeu de test",
    "Share of points classified right (train / test)": (
        "Part des points bien classés (entraînement / test)"
    ),
    "Pause": "Pause",
    "Accuracy %1": "Exactitude %1",
    "Epoch %1": "Époque %1",
    "%1 epochs/s": "%1 époques/s",
    "Train loss %1": "Perte entr. %1",
    "Test loss %1": "Perte test %1",
    "Accuracy %1 train / %2 test": "Exactitude %1 entraînement / %2 test",
    # ------------------------------------------------------------------ training panel
    "Loss and optimizer": "Fonction de perte et optimiseur",
    "Step size; takes effect immediately, even while training": (
        "Taille des pas ; prend effet tout de suite, même pendant l'entraînement"
    ),
    "Examples per weight update": "Exemples par mise à jour des poids",
    "Penalty on large weights": "Pénalité sur les grands poids",
    "None": "Aucune",
    "Strength of the penalty": "Force de la pénalité",
    "Batch size": "Taille de lot",
    "Regularization": "Régularisation",
    "Schedule and stopping": "Durée et arrêt",
    "Stop after this many epochs (0 = no limit)": (
        "Arrêter après ce nombre d'époques (0 = sans limite)"
    ),
    "No limit": "Sans limite",
    "Target test loss": "Perte de test visée",
    "Stop once the test loss reaches this value": (
        "Arrêter dès que la perte de test atteint cette valeur"
    ),
    "Test loss at which training stops": "Perte de test à laquelle l'entraînement s'arrête",
    "Patience": "Patience",
    "Stop when the test loss stops improving": (
        "Arrêter quand la perte de test ne s'améliore plus"
    ),
    "Epochs without a better test loss before stopping": (
        "Époques sans meilleure perte de test avant l'arrêt"
    ),
    "Shuffle every epoch": "Mélanger à chaque époque",
    "Visit the training points in a new order": (
        "Parcourir les points d'entraînement dans un nouvel ordre"
    ),
    "Seed of the initial weights and of the shuffling": ("Graine des poids initiaux et du mélange"),
    "Epoch limit": "Limite d'époques",
    # ------------------------------------------------------------------ figures (export)
    "Export figure…": "Exporter la figure…",
    "Export figure": "Exporter la figure",
    "Write one image with the boundary, the loss and the network side by side, for a slide": (
        "Écrire une image avec la frontière, la perte et le réseau côte à côte, "
        "pour une diapositive"
    ),
    "Copy image": "Copier l'image",
    "Put a figure on the clipboard as an image": (
        "Copier une figure dans le presse-papiers sous forme d'image"
    ),
    "Side by side figure": "Figure côte à côte",
    "Loss plot": "Courbe de perte",
    "Network": "Réseau",
    "Put the figure on the clipboard (1600 × 1000 pixels), to paste into a slide": (
        "Copier la figure dans le presse-papiers (1600 × 1000 pixels), "
        "pour la coller dans une diapositive"
    ),
    "Could not copy the image": "Impossible de copier l'image",
    "Copied the image (%1 × %2 pixels)": "Image copiée (%1 × %2 pixels)",
    "PNG image (*.png)": "Image PNG (*.png)",
    "SVG image (*.svg)": "Image SVG (*.svg)",
    "Figure": "Figure",
    "Which figure to write": "Quelle figure écrire",
    "Side by side: boundary, loss and network": "Côte à côte : frontière, perte et réseau",
    "Loss curves": "Courbes de perte",
    "Size": "Taille",
    "Size of the image in pixels": "Taille de l'image en pixels",
    "Slide 16:9 (1920 × 1080)": "Diapositive 16:9 (1920 × 1080)",
    "Default (1600 × 1000)": "Par défaut (1600 × 1000)",
    "Square (1200 × 1200)": "Carré (1200 × 1200)",
    "Custom": "Personnalisée",
    "Width": "Largeur",
    "Width of the image in pixels": "Largeur de l'image en pixels",
    "Height": "Hauteur",
    "Height of the image in pixels": "Hauteur de l'image en pixels",
    "Format": "Format",
    "PNG for slides and documents, SVG to edit or scale without blur": (
        "PNG pour les diapositives et les documents, SVG pour modifier ou agrandir sans flou"
    ),
    "PNG image": "Image PNG",
    "SVG image": "Image SVG",
    "Title": "Titre",
    "Drawn above the figure; leave it empty for no title": (
        "Affiché au-dessus de la figure ; laisser vide pour ne pas mettre de titre"
    ),
    "Show the accuracy": "Afficher l'exactitude",
    "Add the accuracy curves to the loss (right-hand axis)": (
        "Ajouter les courbes d'exactitude à la perte (axe de droite)"
    ),
    "Export or cancel": "Exporter ou annuler",
    "Save chooses the file next": "Enregistrer choisit ensuite le fichier",
    "&Figure:": "&Figure :",
    "&Size:": "&Taille :",
    "Width × height:": "Largeur × hauteur :",
    "F&ormat:": "F&ormat :",
    "&Title:": "Ti&tre :",
    "train accuracy": "exactitude (entraînement)",
    "test accuracy": "exactitude (test)",
    "class %1": "classe %1",
    "output": "sortie",
    "input": "entrée",
    "hidden %1": "cachée %1",
    "w > 0": "w > 0",
    "w < 0": "w < 0",
    "width ∝ |w|": "largeur ∝ |w|",
    "(%1 shown)": "(%1 affichés)",
    "z on the training points": "z sur les points d'entraînement",
    "pre-activation z": "pré-activation z",
    "Activation of a layer": "Activation d'une couche",
}

_HELP: dict[str, str] = {
    # ------------------------------------------------------------------ activations
    "Passes the weighted sum through unchanged. A network made only of linear layers can "
    "only draw straight boundaries, however deep it is. Use it on the output of a "
    "regression.": (
        "Transmet la somme pondérée sans la modifier. Un réseau fait uniquement de couches "
        "linéaires ne peut tracer que des frontières droites, quelle que soit sa profondeur. "
        "À utiliser en sortie d'une régression."
    ),
    "Squashes any number into (0, 1), so the output reads as a probability. Its slope is "
    "at most 0.25 and almost 0 for large |z|, which makes deep sigmoid networks learn "
    "slowly (vanishing gradients).": (
        "Ramène tout nombre dans (0, 1), si bien que la sortie se lit comme une probabilité. "
        "Sa pente vaut au plus 0,25 et presque 0 pour les grands |z|, ce qui fait apprendre "
        "lentement les réseaux sigmoïdes profonds (disparition du gradient)."
    ),
    "Squashes any number into (−1, 1) and is centred on 0, which usually helps training "
    "compared with sigmoid. Its slope reaches 1 at z = 0 but vanishes when the unit "
    "saturates.": (
        "Ramène tout nombre dans (−1, 1) et est centrée sur 0, ce qui aide en général "
        "l'entraînement par rapport à la sigmoïde. Sa pente atteint 1 en z = 0 mais "
        "s'annule quand le neurone sature."
    ),
    "Keeps positive values and sets negative ones to 0. It is fast and does not saturate "
    "for z > 0, but a unit whose input is always negative stops learning (a 'dead' ReLU).": (
        "Garde les valeurs positives et met les négatives à 0. Elle est rapide et ne sature "
        "pas pour z > 0, mais un neurone dont l'entrée est toujours négative cesse "
        "d'apprendre (un ReLU « mort »)."
    ),
    "Like ReLU, but negative values are multiplied by a small slope instead of being set "
    "to 0. The small slope keeps a gradient flowing, so units cannot die.": (
        "Comme ReLU, mais les valeurs négatives sont multipliées par une petite pente au "
        "lieu d'être mises à 0. Cette petite pente laisse passer un gradient : les neurones "
        "ne peuvent pas mourir."
    ),
    "Identity for positive z and a smooth curve towards −alpha for negative z. Its outputs "
    "average closer to 0 than ReLU's, which can speed up learning.": (
        "L'identité pour z positif et une courbe douce qui tend vers −alpha pour z négatif. "
        "Ses sorties ont une moyenne plus proche de 0 que celles de ReLU, ce qui peut "
        "accélérer l'apprentissage."
    ),
    "A scaled ELU with fixed constants chosen so that activations keep mean 0 and variance "
    "1 from layer to layer. Pair it with the LeCun normal initializer.": (
        "Une ELU mise à l'échelle, avec des constantes fixes choisies pour que les "
        "activations gardent une moyenne de 0 et une variance de 1 d'une couche à l'autre. "
        "À associer à l'initialisation LeCun normale."
    ),
    "A smooth ReLU that lets small negative values through a little. It is the default in "
    "many modern Transformer models.": (
        "Une ReLU lissée qui laisse un peu passer les petites valeurs négatives. C'est le "
        "choix par défaut de nombreux modèles Transformer récents."
    ),
    "z times sigmoid(z), also called swish: smooth, slightly negative for negative z and "
    "close to ReLU for large z.": (
        "z fois sigmoid(z), aussi appelée swish : lisse, légèrement négative pour z négatif "
        "et proche de ReLU pour les grands z."
    ),
    "ln(1 + e^z), a smooth version of ReLU that is always positive. Its slope is the "
    "sigmoid of z, so it never becomes exactly 0.": (
        "ln(1 + e^z), une version lisse de ReLU, toujours positive. Sa pente est la sigmoïde "
        "de z, elle ne vaut donc jamais exactement 0."
    ),
    "z / (1 + |z|): a tanh-like S-curve in (−1, 1) that approaches its limits more slowly, "
    "so it saturates more gently.": (
        "z / (1 + |z|) : une courbe en S dans (−1, 1), comme tanh, qui approche ses limites "
        "plus lentement et sature donc plus doucement."
    ),
    "A piecewise-linear approximation of sigmoid: a straight ramp between −3 and 3, flat 0 "
    "or 1 outside. Cheap to compute, but its gradient is exactly 0 outside the ramp.": (
        "Une approximation de la sigmoïde, linéaire par morceaux : une rampe droite entre −3 "
        "et 3, plate à 0 ou à 1 en dehors. Peu coûteuse à calculer, mais son gradient vaut "
        "exactement 0 hors de la rampe."
    ),
    "z · tanh(softplus(z)): a smooth, non-monotonic curve similar to SiLU. It dips slightly "
    "below 0 for negative z.": (
        "z · tanh(softplus(z)) : une courbe lisse et non monotone, proche de SiLU. Elle "
        "descend légèrement sous 0 pour z négatif."
    ),
    "A bump, e^(−z²): large near z = 0 and close to 0 elsewhere. Each unit responds to a "
    "band of inputs, which suits ring-shaped data.": (
        "Une bosse, e^(−z²) : grande près de z = 0 et proche de 0 ailleurs. Chaque neurone "
        "répond à une bande d'entrées, ce qui convient aux données en anneau."
    ),
    "sin(z): a periodic activation. Good for wavy patterns, but the same output repeats "
    "for many inputs, which can make training erratic.": (
        "sin(z) : une fonction d'activation périodique. Bonne pour les motifs ondulés, mais "
        "la même sortie revient pour beaucoup d'entrées, ce qui peut rendre l'entraînement "
        "erratique."
    ),
    "Turns the output units into probabilities that sum to 1, one per class. Use it on the "
    "output layer with categorical cross-entropy for three or more classes.": (
        "Transforme les neurones de sortie en probabilités de somme 1, une par classe. À "
        "utiliser sur la couche de sortie avec l'entropie croisée catégorielle, pour trois "
        "classes ou plus."
    ),
    # ------------------------------------------------------------------ initializers
    "Every weight starts at 0. All units of a layer then compute the same thing and "
    "receive the same update, so they never become different: fine for biases, bad for "
    "weights.": (
        "Chaque poids part de 0. Tous les neurones d'une couche calculent alors la même "
        "chose et reçoivent la même mise à jour : ils ne deviennent jamais différents. "
        "Convient aux biais, pas aux poids."
    ),
    "Every weight starts at 1. Like zeros, all units of a layer stay identical forever (the "
    "symmetry is never broken).": (
        "Chaque poids part de 1. Comme avec zeros, tous les neurones d'une couche restent "
        "identiques pour toujours (la symétrie n'est jamais brisée)."
    ),
    "Every weight starts at the same value you choose. The units of a layer stay "
    "identical, as with zeros.": (
        "Chaque poids part de la même valeur, que vous choisissez. Les neurones d'une couche "
        "restent identiques, comme avec zeros."
    ),
    "Weights drawn from a normal distribution with a fixed standard deviation. Too small "
    "and signals fade in deep networks, too large and they explode.": (
        "Poids tirés selon une loi normale d'écart type fixe. Trop petit, le signal "
        "s'éteint dans les réseaux profonds ; trop grand, il explose."
    ),
    "Weights drawn uniformly between minval and maxval. The spread does not adapt to the "
    "size of the layer.": (
        "Poids tirés uniformément entre minval et maxval. La dispersion ne s'adapte pas à "
        "la taille de la couche."
    ),
    "Like random normal, but values further than two standard deviations from the mean "
    "are drawn again, so there are no extreme weights.": (
        "Comme la loi normale aléatoire, mais les valeurs à plus de deux écarts types de la "
        "moyenne sont tirées à nouveau : il n'y a pas de poids extrêmes."
    ),
    "Xavier/Glorot: a uniform draw scaled by the number of inputs and outputs so the "
    "signal keeps the same spread in both directions. A good default for tanh and "
    "sigmoid.": (
        "Xavier/Glorot : un tirage uniforme mis à l'échelle selon le nombre d'entrées et de "
        "sorties, pour que le signal garde la même dispersion dans les deux sens. Un bon "
        "choix par défaut pour tanh et sigmoid."
    ),
    "Xavier/Glorot with a normal draw: variance 2 / (fan_in + fan_out). A good default for "
    "tanh and sigmoid.": (
        "Xavier/Glorot avec un tirage normal : variance 2 / (fan_in + fan_out). Un bon choix "
        "par défaut pour tanh et sigmoid."
    ),
    "He/Kaiming: a uniform draw with variance 2 / fan_in, twice Glorot's, to make up for "
    "ReLU zeroing half of its inputs. Use it with ReLU-like activations.": (
        "He/Kaiming : un tirage uniforme de variance 2 / fan_in, le double de Glorot, pour "
        "compenser ReLU qui annule la moitié de ses entrées. À utiliser avec les activations "
        "de type ReLU."
    ),
    "He/Kaiming with a normal draw: variance 2 / fan_in. The usual choice for ReLU networks.": (
        "He/Kaiming avec un tirage normal : variance 2 / fan_in. Le choix habituel pour les "
        "réseaux ReLU."
    ),
    "LeCun: a uniform draw with variance 1 / fan_in. Keeps the spread of the signal from "
    "layer to layer.": (
        "LeCun : un tirage uniforme de variance 1 / fan_in. Conserve la dispersion du signal "
        "d'une couche à l'autre."
    ),
    "LeCun with a normal draw: variance 1 / fan_in. The initializer SELU was designed for.": (
        "LeCun avec un tirage normal : variance 1 / fan_in. L'initialisation pour laquelle "
        "SELU a été conçue."
    ),
    "A random orthogonal matrix: it rotates the signal without stretching it, so its "
    "length is kept through the layer.": (
        "Une matrice orthogonale aléatoire : elle fait tourner le signal sans l'étirer, sa "
        "longueur est donc conservée à travers la couche."
    ),
    # ------------------------------------------------------------------ losses
    "The average of the squared differences between prediction and target. Large errors "
    "count a lot. The standard loss for regression.": (
        "La moyenne des carrés des écarts entre prédiction et cible. Les grosses erreurs "
        "pèsent beaucoup. La fonction de perte standard en régression."
    ),
    "The average absolute difference between prediction and target. Less sensitive to "
    "outliers than squared error, but its gradient does not shrink near the answer.": (
        "La moyenne des écarts absolus entre prédiction et cible. Moins sensible aux valeurs "
        "aberrantes que l'erreur quadratique, mais son gradient ne diminue pas près de la "
        "bonne réponse."
    ),
    "Squared error for small mistakes and absolute error for large ones (beyond delta). A "
    "compromise that resists outliers.": (
        "Erreur quadratique pour les petites erreurs et erreur absolue pour les grandes "
        "(au-delà de delta). Un compromis qui résiste aux valeurs aberrantes."
    ),
    "Measures how much probability the model gives to the right class out of two. Pairs "
    "with one sigmoid output unit.": (
        "Mesure la probabilité que le modèle donne à la bonne classe parmi deux. Va avec un "
        "seul neurone de sortie sigmoid."
    ),
    "Measures how much probability the model gives to the right class out of three or "
    "more. Pairs with a softmax output layer.": (
        "Mesure la probabilité que le modèle donne à la bonne classe parmi trois ou plus. Va "
        "avec une couche de sortie softmax."
    ),
    # ------------------------------------------------------------------ optimizers
    "Stochastic gradient descent: step each weight against its gradient, scaled by the "
    "learning rate. Momentum keeps part of the previous step to roll through small "
    "bumps.": (
        "Descente de gradient stochastique : chaque poids avance dans le sens opposé à son "
        "gradient, multiplié par le taux d'apprentissage. Le momentum garde une part du pas "
        "précédent pour franchir les petites bosses."
    ),
    "Divides each weight's step by a running average of its recent gradient sizes, so "
    "weights with large gradients take smaller steps.": (
        "Divise le pas de chaque poids par une moyenne glissante de la taille de ses "
        "gradients récents : les poids aux grands gradients font de plus petits pas."
    ),
    "Combines momentum with RMSprop's per-weight step sizes, with a correction for the "
    "first steps. A robust default; try a learning rate around 0.001 to 0.01.": (
        "Associe le momentum aux pas propres à chaque poids de RMSprop, avec une correction "
        "pour les premiers pas. Un choix par défaut robuste ; essayez un taux "
        "d'apprentissage entre 0,001 et 0,01."
    ),
    "Gives each weight its own step size, which shrinks as its squared gradients add up. "
    "Learning slows down over time.": (
        "Donne à chaque poids sa propre taille de pas, qui diminue à mesure que ses gradients "
        "au carré s'accumulent. L'apprentissage ralentit avec le temps."
    ),
    # ------------------------------------------------------------------ parameter help
    "Slope for z < 0 (0.01 in the classic Leaky ReLU).": (
        "Pente pour z < 0 (0,01 dans la Leaky ReLU classique)."
    ),
    "Value the curve tends to for very negative z (as −alpha).": (
        "Valeur vers laquelle tend la courbe pour z très négatif (soit −alpha)."
    ),
    "The value of every weight.": "La valeur de chaque poids.",
    "Mean of the draw.": "Moyenne du tirage.",
    "Standard deviation (0.01 gives the classic ×0.01).": (
        "Écart type (0,01 donne le classique ×0,01)."
    ),
    "Lowest value.": "Valeur la plus basse.",
    "Highest value.": "Valeur la plus haute.",
    "Multiplies the target variance.": "Multiplie la variance visée.",
    "Multiplies the matrix.": "Multiplie la matrice.",
    "Where the loss turns from square to linear.": (
        "Là où la perte passe de quadratique à linéaire."
    ),
    "Fraction of the previous step kept (0 = plain SGD).": (
        "Fraction du pas précédent conservée (0 = SGD simple)."
    ),
    "Look ahead along the momentum.": "Regarder en avant dans la direction du momentum.",
    "Decay of the running mean of g².": "Décroissance de la moyenne glissante de g².",
    "Momentum on the scaled step.": "Momentum appliqué au pas mis à l'échelle.",
    "Keeps the division finite.": "Garde la division finie.",
    "Decay of the mean of gradients.": "Décroissance de la moyenne des gradients.",
    "Decay of the mean of squared gradients.": (
        "Décroissance de la moyenne des gradients au carré."
    ),
    "Starting value of Σg².": "Valeur de départ de Σg².",
}

_LABELS: dict[str, str] = {
    "Linear": "Linéaire",
    "Sigmoid": "Sigmoïde",
    "Tanh": "Tanh",
    "ReLU": "ReLU",
    "Leaky ReLU": "Leaky ReLU",
    "ELU": "ELU",
    "SELU": "SELU",
    "GELU": "GELU",
    "SiLU (swish)": "SiLU (swish)",
    "Softplus": "Softplus",
    "Softsign": "Softsign",
    "Hard sigmoid": "Sigmoïde dure",
    "Mish": "Mish",
    "Gaussian": "Gaussienne",
    "Sine": "Sinus",
    "Softmax": "Softmax",
    "Zeros": "Zéros",
    "Ones": "Tous à 1",
    "Constant": "Constante",
    "Random normal": "Normale aléatoire",
    "Random uniform": "Uniforme aléatoire",
    "Truncated normal": "Normale tronquée",
    "Glorot uniform": "Glorot uniforme",
    "Glorot normal": "Glorot normale",
    "He uniform": "He uniforme",
    "He normal": "He normale",
    "LeCun uniform": "LeCun uniforme",
    "LeCun normal": "LeCun normale",
    "Orthogonal": "Orthogonale",
    "Mean squared error": "Erreur quadratique moyenne",
    "Mean absolute error": "Erreur absolue moyenne",
    "Huber": "Huber",
    "Binary cross-entropy": "Entropie croisée binaire",
    "Categorical cross-entropy": "Entropie croisée catégorielle",
    "SGD": "SGD",
    "RMSprop": "RMSprop",
    "Adam": "Adam",
    "Adagrad": "Adagrad",
    "Circle": "Cercle",
    "XOR": "XOR",
    "Gaussian bumps": "Bosses gaussiennes",
    "Spiral": "Spirale",
    "Moons": "Lunes",
    "Blobs": "Amas",
    "Plane": "Plan",
    "Price": "Prix",
    "slope": "pente",
    "initial Σg²": "Σg² initial",
    "Alpha": "Alpha",
    "Value": "Valeur",
    "Mean": "Moyenne",
    "Stddev": "Écart type",
    "Minval": "Min",
    "Maxval": "Max",
    "Scale": "Échelle",
    "Gain": "Gain",
    "Delta": "Delta",
    "Momentum": "Momentum",
    "Nesterov": "Nesterov",
    "Rho": "Rho",
    "Epsilon": "Epsilon",
    "Beta 1": "Bêta 1",
    "Beta 2": "Bêta 2",
}

_LESSONS: dict[str, str] = {
    # ------------------------------------------------------------------ 1
    "1. Why non-linearity matters": "1. Pourquoi la non-linéarité compte",
    "Two hidden layers of four units each, all with a linear activation, on XOR data. "
    "Watch the decision boundary and the box below it.": (
        "Deux couches cachées de quatre neurones chacune, toutes avec une activation "
        "linéaire, sur des données XOR. Observez la frontière de décision et l'encadré "
        "en dessous."
    ),
    "Press Play, then switch the hidden layers to tanh or ReLU.": (
        "Appuyez sur Lancer, puis passez les couches cachées à tanh ou à ReLU."
    ),
    "With linear layers the boundary is always one straight line, so XOR stays about a "
    "third wrong. The box shows why: the whole network equals a single linear map x·W + b. "
    "One non-linear activation is enough to bend the boundary and solve XOR.": (
        "Avec des couches linéaires, la frontière est toujours une seule droite : sur XOR, "
        "environ un tiers des points reste mal classé. L'encadré montre pourquoi : le réseau "
        "entier équivaut à une seule application linéaire x·W + b. Une seule activation non "
        "linéaire suffit à courber la frontière et à résoudre XOR."
    ),
    "Use tanh": "Utiliser tanh",
    "The boundary bends into four regions; accuracy reaches 100 %.": (
        "La frontière se courbe en quatre régions ; l'exactitude atteint 100 %."
    ),
    "Use ReLU": "Utiliser ReLU",
    "The boundary is made of straight pieces, and XOR is solved.": (
        "La frontière est faite de morceaux droits, et XOR est résolu."
    ),
    # ------------------------------------------------------------------ 2
    "2. Sigmoid vs tanh vs ReLU": "2. Sigmoïde, tanh ou ReLU",
    "The same data, network and seed; only the hidden activation changes. Watch the loss curve.": (
        "Les mêmes données, le même réseau et la même graine ; seule l'activation cachée "
        "change. Observez la courbe de perte."
    ),
    "Press Compare to train all three side by side.": (
        "Appuyez sur Comparer pour entraîner les trois côte à côte."
    ),
    "ReLU reaches a train loss of 0.3 first, tanh soon after. Sigmoid is much slower: its "
    "derivative is at most 0.25, and its outputs are never centred on zero, so each layer "
    "passes back a weaker signal.": (
        "ReLU atteint la première une perte d'entraînement de 0,3, tanh peu après. La "
        "sigmoïde est bien plus lente : sa dérivée vaut au plus 0,25 et ses sorties ne sont "
        "jamais centrées sur zéro, si bien que chaque couche renvoie un signal plus faible."
    ),
    "Compare sigmoid, tanh and ReLU": "Comparer sigmoïde, tanh et ReLU",
    "Three loss curves; the table lists the epochs each needs.": (
        "Trois courbes de perte ; le tableau donne le nombre d'époques nécessaire à chacune."
    ),
    "The loss falls within 30 epochs.": "La perte baisse en moins de 30 époques.",
    "The loss falls within 15 epochs.": "La perte baisse en moins de 15 époques.",
    # ------------------------------------------------------------------ 3
    "3. Saturation": "3. La saturation",
    "Sigmoid units whose weights start large (standard deviation 10). Look at the "
    "activation plot: the grey histogram of pre-activations sits far out on the flat parts "
    "of the curve, where the derivative is almost 0.": (
        "Des neurones sigmoïdes dont les poids partent grands (écart type 10). Regardez le "
        "graphique d'activation : l'histogramme gris des pré-activations se trouve loin sur "
        "les parties plates de la courbe, là où la dérivée est presque nulle."
    ),
    "Press Play and watch the loss. Then switch to Glorot initialisation.": (
        "Appuyez sur Lancer et observez la perte. Passez ensuite à l'initialisation Glorot."
    ),
    "Most units are saturated (red outline in the network view), so almost no gradient "
    "flows and the loss stays high for hundreds of epochs. With Glorot the pre-activations "
    "stay in the curved middle of the sigmoid, nothing saturates, and the loss drops fast.": (
        "La plupart des neurones sont saturés (contour rouge dans la vue du réseau) : "
        "presque aucun gradient ne passe et la perte reste élevée pendant des centaines "
        "d'époques. Avec Glorot, les "
        "pré-activations restent dans la partie courbe, au milieu de la sigmoïde, rien ne "
        "sature et la perte chute vite."
    ),
    "Use Glorot initialisation": "Utiliser l'initialisation Glorot",
    "No saturated units; the loss falls close to 0.": (
        "Aucun neurone saturé ; la perte descend près de 0."
    ),
    "Use small weights (×0.01)": "Utiliser de petits poids (×0,01)",
    "No saturation either, but learning starts slowly.": (
        "Pas de saturation non plus, mais l'apprentissage démarre lentement."
    ),
    # ------------------------------------------------------------------ 4
    "4. Dying ReLU and Leaky ReLU": "4. Neurones ReLU morts et Leaky ReLU",
    "ReLU layers whose biases start at −2. Look at the network view and the diagnostics: "
    "a dead unit outputs 0 for every point, and its gradient is 0 too.": (
        "Des couches ReLU dont les biais partent de −2. Regardez la vue du réseau et les "
        "diagnostics : un neurone mort produit 0 pour chaque point, et son gradient est nul "
        "lui aussi."
    ),
    "Press Play. Then switch to Leaky ReLU and change its slope.": (
        "Appuyez sur Lancer. Passez ensuite à Leaky ReLU et changez sa pente."
    ),
    "The whole second layer is dead, so nothing reaches the output and the loss never "
    "moves. Leaky ReLU keeps a small slope for negative inputs: the units still pass a "
    "gradient, come back to life, and the network learns.": (
        "Toute la deuxième couche est morte : rien n'atteint la sortie et la perte ne bouge "
        "jamais. Leaky ReLU garde une petite pente pour les entrées négatives : les neurones "
        "transmettent encore un gradient, reprennent vie, et le réseau apprend."
    ),
    "Use Leaky ReLU (slope 0.01)": "Utiliser Leaky ReLU (pente 0,01)",
    "No dead units; the loss falls.": "Aucun neurone mort ; la perte baisse.",
    "Use Leaky ReLU (slope 0.2)": "Utiliser Leaky ReLU (pente 0,2)",
    "A steeper slope: units recover faster.": (
        "Une pente plus forte : les neurones se rétablissent plus vite."
    ),
    "Use zero biases": "Utiliser des biais nuls",
    "Plain ReLU works again when the units start alive.": (
        "La ReLU simple fonctionne de nouveau quand les neurones démarrent vivants."
    ),
    # ------------------------------------------------------------------ 5
    "5. Zero initialisation and symmetry": "5. Initialisation à zéro et symétrie",
    "Every weight starts at 0. Look at the symmetry score in the diagnostics and at the "
    "neuron thumbnails in the network view.": (
        "Chaque poids part de 0. Regardez le score de symétrie dans les diagnostics et les "
        "vignettes des neurones dans la vue du réseau."
    ),
    "Press Play. Then start from small random weights instead.": (
        "Appuyez sur Lancer. Repartez ensuite plutôt de petits poids aléatoires."
    ),
    "The four hidden units receive identical updates, so they stay identical forever "
    "(symmetry 1.00): the layer acts like a single unit and cannot draw a circle. Small "
    "random weights (×0.01) make each unit different from the start, and the network "
    "learns. The biases can stay at 0: the random weights already break the symmetry.": (
        "Les quatre neurones cachés reçoivent des mises à jour identiques et restent donc "
        "identiques pour toujours (symétrie 1,00) : la couche agit comme un seul neurone et "
        "ne peut pas tracer un cercle. De petits poids aléatoires (×0,01) rendent chaque "
        "neurone différent dès le départ, et le réseau apprend. Les biais peuvent rester à "
        "0 : les poids aléatoires brisent déjà la symétrie."
    ),
    "Use small random weights (×0.01)": "Utiliser de petits poids aléatoires (×0,01)",
    "The units differ, and the circle is found.": (
        "Les neurones diffèrent, et le cercle est trouvé."
    ),
    # ------------------------------------------------------------------ 6
    "6. Initial scale in a deep network": "6. L'échelle initiale dans un réseau profond",
    "Six hidden layers of 32 tanh units, weights drawn with standard deviation 0.01. Look "
    "at the activation histograms in the diagnostics, layer by layer.": (
        "Six couches cachées de 32 neurones tanh, avec des poids tirés d'écart type 0,01. "
        "Regardez les histogrammes d'activation dans les diagnostics, couche par couche."
    ),
    "Try large weights, then Glorot.": "Essayez de grands poids, puis Glorot.",
    "With ×0.01 the signal shrinks about ten times at every layer: the last layers see "
    "almost nothing, the gradients vanish and the loss stays flat. With standard deviation "
    "1 the tanh units saturate instead. Glorot scales each layer by its fan-in and "
    "fan-out, so the spread of the signal stays about the same through depth and the "
    "network trains.": (
        "Avec ×0,01, le signal est divisé par dix environ à chaque couche : les dernières "
        "couches ne voient presque rien, les gradients s'évanouissent et la perte reste "
        "plate. Avec un écart type de 1, ce sont les neurones tanh qui saturent. Glorot met "
        "chaque couche à l'échelle selon son nombre d'entrées et de sorties (fan-in et "
        "fan-out) : la dispersion du signal reste à peu près la même en profondeur et le "
        "réseau s'entraîne."
    ),
    "Use large weights (std 1)": "Utiliser de grands poids (écart type 1)",
    "Most units saturate; training is slow.": (
        "La plupart des neurones saturent ; l'entraînement est lent."
    ),
    "Use Glorot": "Utiliser Glorot",
    "The histograms keep their width; the loss falls.": (
        "Les histogrammes gardent leur largeur ; la perte baisse."
    ),
    "Use ReLU with He": "Utiliser ReLU avec He",
    "He initialisation keeps the variance for ReLU layers.": (
        "L'initialisation He conserve la variance dans les couches ReLU."
    ),
    # ------------------------------------------------------------------ 7
    "7. The output layer and its loss": "7. La couche de sortie et sa fonction de perte",
    "A price to predict, which is always positive, with no hidden layer and a linear "
    "output. In the fitted function, blue is a positive price and orange a negative one. "
    "Look at the lower-left corner.": (
        "Un prix à prédire, toujours positif, sans couche cachée et avec une sortie "
        "linéaire. Dans la fonction ajustée, le bleu est un prix positif et l'orange un "
        "prix négatif. Regardez le coin inférieur gauche."
    ),
    "Switch the output to ReLU. Then try the classification setups.": (
        "Passez la sortie à ReLU. Essayez ensuite les réglages de classification."
    ),
    "A linear output can predict negative prices; ReLU blocks every value below 0. For two "
    "classes a sigmoid output with binary cross-entropy gives a probability. For three or "
    "more classes, softmax with categorical cross-entropy gives one probability per class, "
    "summing to 1.": (
        "Une sortie linéaire peut prédire des prix négatifs ; ReLU bloque toute valeur "
        "inférieure à 0. Pour deux classes, une sortie sigmoïde avec l'entropie croisée "
        "binaire donne une probabilité. Pour trois classes ou plus, softmax avec l'entropie "
        "croisée catégorielle donne une probabilité par classe, de somme 1."
    ),
    "Use a ReLU output": "Utiliser une sortie ReLU",
    "No prediction is below 0 any more.": "Plus aucune prédiction n'est inférieure à 0.",
    "Two classes: sigmoid + binary cross-entropy": (
        "Deux classes : sigmoïde + entropie croisée binaire"
    ),
    "One output unit: the probability of the blue class.": (
        "Un neurone de sortie : la probabilité de la classe bleue."
    ),
    "Three classes: softmax + categorical cross-entropy": (
        "Trois classes : softmax + entropie croisée catégorielle"
    ),
    "Three output units; each colour is the most probable class.": (
        "Trois neurones de sortie ; chaque couleur est la classe la plus probable."
    ),
    # ------------------------------------------------------------------ 8
    "8. What a loss is": "8. Ce qu'est une fonction de perte",
    "The loss is one number: how far the predictions are from the targets, averaged over "
    "the points. Watch it fall while the boundary forms.": (
        "La perte est un seul nombre : l'écart entre les prédictions et les cibles, en "
        "moyenne sur les points. Regardez-la baisser pendant que la frontière se forme."
    ),
    "Switch between cross-entropy and mean squared error.": (
        "Passez de l'entropie croisée à l'erreur quadratique moyenne, et inversement."
    ),
    "Both losses measure a distance, in different ways: squared error grows with the "
    "square of the gap, cross-entropy punishes confident mistakes hardest. Training only "
    "ever changes the weights and biases; the points and their labels never move.": (
        "Les deux fonctions de perte mesurent une distance, de façons différentes : l'erreur "
        "quadratique croît avec le carré de l'écart, l'entropie croisée punit le plus "
        "durement les erreurs commises avec assurance. L'entraînement ne change jamais que "
        "les poids et les biais ; les points et leurs étiquettes ne bougent pas."
    ),
    "Use mean squared error": "Utiliser l'erreur quadratique moyenne",
    "The loss starts near 0.25 instead of 0.69, and falls.": (
        "La perte part d'environ 0,25 au lieu de 0,69, puis baisse."
    ),
    "Compare both losses": "Comparer les deux fonctions de perte",
    "Two curves on the same data and seed.": (
        "Deux courbes sur les mêmes données et avec la même graine."
    ),
}

# Messages from the engine and presets (context "messages"): {name} placeholders are kept.
# "got X" reads "valeur reçue : X"; field paths (network.hidden[1].units) stay as they are.
_MESSAGES: dict[str, str] = {
    "Features must be a list of names, not the single string {name!r}.": (
        "Les caractéristiques d'entrée doivent être une liste de noms, pas la seule chaîne "
        "{name!r}."
    ),
    "At least one input feature is needed; choose from: {expected}.": (
        "Il faut au moins une caractéristique d'entrée ; choisir parmi : {expected}."
    ),
    "Unknown feature {name!r}; expected one of: {expected}": (
        "Caractéristique inconnue {name!r} ; attendue parmi : {expected}"
    ),
    "Feature {name!r} is listed twice; each feature may appear once.": (
        "La caractéristique {name!r} figure deux fois ; chacune ne peut apparaître qu'une fois."
    ),
    "{where}: {reason}": "{where} : {reason}",
    "got {value}": "valeur reçue : {value}",
    # live explanations (engine/explain.py, engine/explain_fixes.py)
    "{share:.0%} of the units of hidden layer {layer} are saturated: f′(z) is almost 0 "
    "for most points, so they pass back almost no gradient.": (
        "{share:.0%} des neurones de la couche cachée {layer} sont saturés : f′(z) est presque "
        "nul pour la plupart des points, ils ne renvoient donc presque aucun gradient."
    ),
    "{share:.0%} of the ReLU units of hidden layer {layer} are dead: z ≤ 0 for every "
    "training point, so their output and their gradient are 0 and they cannot recover.": (
        "{share:.0%} des neurones ReLU de la couche cachée {layer} sont morts : z ≤ 0 pour "
        "chaque point d'entraînement, leur sortie et leur gradient valent 0 et ils ne "
        "peuvent plus repartir."
    ),
    "Hidden layer {layer} has identical units (their weights differ by {distance:.1e} of "
    "their size): they started equal, get equal updates and act as a single unit.": (
        "La couche cachée {layer} contient des neurones identiques (leurs poids diffèrent de "
        "{distance:.1e} de leur taille) : partis égaux, ils reçoivent les mêmes mises à jour "
        "et se comportent comme un seul neurone."
    ),
    "The training loss is on a plateau: it fell by {change:.1%} over the last {epochs} "
    "epochs and is still {loss:.3g}.": (
        "La perte d'entraînement stagne : elle n'a baissé que de {change:.1%} au cours des "
        "{epochs} dernières époques et vaut encore {loss:.3g}."
    ),
    "Training diverged: the loss grew to {loss:.3g} (first epoch: {first:.3g}) or became "
    "infinite; the steps are too large for this landscape.": (
        "L'entraînement a divergé : la perte est montée à {loss:.3g} (première époque : "
        "{first:.3g}) ou est devenue infinie ; les pas sont trop grands pour ce paysage."
    ),
    "Overfitting: over the last {epochs} epochs the test loss rose by {rise:.0%} while "
    "the training loss kept falling; the network is learning the training points by heart.": (
        "Surapprentissage : au cours des {epochs} dernières époques, la perte de test a "
        "augmenté de {rise:.0%} alors que la perte d'entraînement continuait de baisser ; le "
        "réseau apprend les points d'entraînement par cœur."
    ),
    "The gradient vanishes towards the input: ‖δ‖ of the first layer is {ratio:.1e} times "
    "that of the last, so the first layers barely learn.": (
        "Le gradient s'évanouit vers l'entrée : le ‖δ‖ de la première couche vaut {ratio:.1e} "
        "fois celui de la dernière, les premières couches n'apprennent presque pas."
    ),
    "Use Glorot initialisation": "Utiliser l'initialisation de Glorot",
    "Use small random initial weights": "Utiliser de petits poids initiaux aléatoires",
    "Use Leaky ReLU": "Utiliser Leaky ReLU",
    "Use ReLU with He initialisation": "Utiliser ReLU avec l'initialisation de He",
    "Divide the learning rate by 10": "Diviser le taux d'apprentissage par 10",
    "Use Adam (learning rate 0.01)": "Utiliser Adam (taux d'apprentissage 0,01)",
    "Add L2 regularization": "Ajouter une régularisation L2",
    # output / loss pairing
    "{loss} compares class probabilities; a regression needs a distance such as {distance}.": (
        "{loss} compare des probabilités de classes ; une régression a besoin d'une "
        "distance, comme {distance}."
    ),
    "{n} classes need a {activation} output with {loss}.": (
        "{n} classes demandent une sortie {activation} avec {loss}."
    ),
    "{activation} needs three or more output units; use {single} for one output.": (
        "{activation} demande au moins trois neurones de sortie ; utilisez {single} pour une "
        "seule sortie."
    ),
    "{loss} needs three or more classes; use {binary} for two.": (
        "{loss} demande au moins trois classes ; utilisez {binary} pour deux classes."
    ),
    "{loss} reads the output as a probability, so it needs a {fused} output, not {activation}.": (
        "{loss} lit la sortie comme une probabilité : il lui faut une sortie "
        "{fused}, pas {activation}."
    ),
    # whole experiment (build.check_experiment)
    "{where}.units must be a whole number from 1 to {maximum}, got {value}": (
        "{where}.units doit être un nombre entier de 1 à {maximum}, valeur reçue : {value}"
    ),
    "{where}.activation: {activation} is for the output layer only": (
        "{where}.activation : {activation} est réservée à la couche de sortie"
    ),
    "task must be one of {choices}, got {value}": (
        "task doit valoir l'une de ces valeurs : {choices} ; valeur reçue : {value}"
    ),
    "network.hidden has {count} layers; at most {maximum} are allowed": (
        "network.hidden compte {count} couches ; {maximum} au plus sont permises"
    ),
    "data.dataset: {dataset} is a {data_task} dataset but the task is {task}": (
        "data.dataset : {dataset} est un jeu de données de {data_task}, mais la tâche est : {task}"
    ),
    "classification": "classification",
    "training.learning_rate must be above 0 and at most {maximum}, got {value}": (
        "training.learning_rate doit être supérieur à 0 et valoir au plus {maximum}, valeur "
        "reçue : {value}"
    ),
    "training.batch_size must be a whole number of at least 1, got {value}": (
        "training.batch_size doit être un nombre entier d'au moins 1, valeur reçue : {value}"
    ),
    "training.regularization must be one of {choices}, got {value}": (
        "training.regularization doit valoir l'une de ces valeurs : {choices} ; valeur "
        "reçue : {value}"
    ),
    "training.epochs must be a whole number of at least 0, got {value}": (
        "training.epochs doit être un nombre entier d'au moins 0, valeur reçue : {value}"
    ),
    "{field} must be at most {maximum}, got {value}": (
        "{field} doit valoir au plus {maximum}, valeur reçue : {value}"
    ),
    "{field} must be a whole number from 0 to {maximum}, got {value}": (
        "{field} doit être un nombre entier de 0 à {maximum}, valeur reçue : {value}"
    ),
    "training.patience must be a whole number from 1 to {maximum}, got {value}": (
        "training.patience doit être un nombre entier de 1 à {maximum}, valeur reçue : {value}"
    ),
    "seed must be at most {maximum}, got {value}.": (
        "seed doit valoir au plus {maximum}, valeur reçue : {value}."
    ),
    # registries: names and parameters
    "{where}: '{name}' must be true or false, got {value}": (
        "{where} : '{name}' doit valoir true ou false, valeur reçue : {value}"
    ),
    "{where}: '{name}' must be one of {choices}, got {value}": (
        "{where} : '{name}' doit valoir l'une de ces valeurs : {choices} ; valeur reçue : {value}"
    ),
    "{where}: '{name}' must be a number, got {value}": (
        "{where} : '{name}' doit être un nombre, valeur reçue : {value}"
    ),
    "{where}: '{name}' must be finite, got {value}": (
        "{where} : '{name}' doit être un nombre fini, valeur reçue : {value}"
    ),
    "{where}: '{name}' must be a whole number, got {value}": (
        "{where} : '{name}' doit être un nombre entier, valeur reçue : {value}"
    ),
    "{where}: '{name}' must be at least {limit}, got {value}": (
        "{where} : '{name}' doit valoir au moins {limit}, valeur reçue : {value}"
    ),
    "{where}: '{name}' must be greater than {limit}, got {value}": (
        "{where} : '{name}' doit être supérieur à {limit}, valeur reçue : {value}"
    ),
    "{where}: '{name}' must be at most {limit}, got {value}": (
        "{where} : '{name}' doit valoir au plus {limit}, valeur reçue : {value}"
    ),
    "Unknown {kind} {name}; expected one of: {choices}": (
        "Nom inconnu ({kind}) : {name} ; noms possibles : {choices}"
    ),
    "Unknown parameter {key} for {where}; expected {expected}": (
        "Paramètre inconnu {key} pour {where} ; paramètres possibles : {expected}"
    ),
    "no parameters": "aucun",
    "{kind} '{name}'": "{kind} '{name}'",
    "activation": "activation",
    "initializer": "initialisation",
    "optimizer": "optimiseur",
    "dataset": "jeu de données",
    # CSV files (engine.csvdata)
    "{file}, line {line}": "{file}, ligne {line}",
    "{where}: the file does not exist.": "{where} : le fichier n'existe pas.",
    "{where}: the file is not UTF-8 text.": "{where} : le fichier n'est pas du texte UTF-8.",
    "{where}: the file cannot be read ({reason}).": (
        "{where} : le fichier ne peut pas être lu ({reason})."
    ),
    "{where}: found {count} data rows; at least {minimum} are needed.": (
        "{where} : {count} lignes de données trouvées ; il en faut au moins {minimum}."
    ),
    "{where}: the file is empty (no lines other than blanks and comments).": (
        "{where} : le fichier est vide (rien d'autre que des lignes blanches et des commentaires)."
    ),
    "{where}: {reason}.": "{where} : {reason}.",
    "{where}: more than {maximum} data rows; the limit is {maximum}.": (
        "{where} : plus de {maximum} lignes de données ; la limite est de {maximum}."
    ),
    "{where}: the header must name the columns x1, x2 and label (or target, or y), "
    "found {found}.": (
        "{where} : l'en-tête doit nommer les colonnes x1, x2 et label (ou target, ou y), "
        "trouvé : {found}."
    ),
    "{where}: expected 3 columns ({names}), found {count}.": (
        "{where} : 3 colonnes attendues ({names}), trouvées : {count}."
    ),
    "{where}: column {name} is empty.": "{where} : la colonne {name} est vide.",
    "{where}: {value} in column {name} is not a number.": (
        "{where} : {value} dans la colonne {name} n'est pas un nombre."
    ),
    "{where}: {value} in column {name} is not a finite number.": (
        "{where} : {value} dans la colonne {name} n'est pas un nombre fini."
    ),
    # generated data (engine.datasets)
    "n_points must be a whole number from {minimum} to {maximum}, got {value}.": (
        "n_points doit être un nombre entier de {minimum} à {maximum}, valeur reçue : {value}."
    ),
    "noise must be a number from 0 to 1, got {value}.": (
        "noise doit être un nombre de 0 à 1, valeur reçue : {value}."
    ),
    "train_ratio must be between 0 and 1 (exclusive), got {value}.": (
        "train_ratio doit être strictement compris entre 0 et 1, valeur reçue : {value}."
    ),
    "seed must be a whole number of at least 0, got {value}.": (
        "seed doit être un nombre entier d'au moins 0, valeur reçue : {value}."
    ),
    # reading and writing files (fileio)
    "it is not a regular file": "ce n'est pas un fichier ordinaire",
    "it is a folder": "c'est un dossier",
    "it is larger than {limit}, the most a file of this kind may hold": (
        "il dépasse {limit}, la taille maximale pour ce type de fichier"
    ),
    # CSV files: coordinates, labels against the task (engine.csvdata, engine.datasets)
    "{where}: {value} in column {name} is too large; coordinates must lie between -{maximum} "
    "and {maximum}.": (
        "{where} : {value} dans la colonne {name} est trop grand ; les coordonnées doivent "
        "être comprises entre -{maximum} et {maximum}."
    ),
    "{file}: the label {value} in data row {row} is not a whole number; a classification "
    "task needs class labels such as 0 and 1.": (
        "{file} : l'étiquette {value} de la ligne de données {row} n'est pas un nombre entier ; "
        "une tâche de classification demande des étiquettes de classe comme 0 et 1."
    ),
    "{file}: every label is {value}; a classification task needs at least two classes.": (
        "{file} : toutes les étiquettes valent {value} ; une tâche de classification demande "
        "au moins deux classes."
    ),
    "{file}: {count} different labels; a classification task takes at most {maximum} "
    "classes (is this a regression task?).": (
        "{file} : {count} étiquettes différentes ; une tâche de classification accepte au plus "
        "{maximum} classes (s'agit-il d'une tâche de régression ?)."
    ),
    # presets: text that is not Unicode (presets.validate)
    "must be valid Unicode text, but character {index} is a lone surrogate, {got}": (
        "doit être un texte Unicode valide, mais le caractère {index} est un demi-codet "
        "isolé, {got}"
    ),
    "is a key that is not valid Unicode text (character {index} is a lone surrogate)": (
        "est une clé qui n'est pas un texte Unicode valide (le caractère {index} est un "
        "demi-codet isolé)"
    ),
    # presets: size of the text, weights (presets.weights)
    "holds {count} {what}, more than any preset can (at most {maximum}); it is not a preset": (
        "contient {count} {what}, plus qu'aucun préréglage ne peut en contenir "
        "(au plus {maximum}) ; ce n'est pas un préréglage"
    ),
    "lists": "listes",
    "values": "valeurs",
    # presets: reading files (presets.io)
    "{source}: could not be read: {reason}.": "{source} : lecture impossible : {reason}.",
    "{source}: not valid UTF-8 text at byte {byte}.": (
        "{source} : texte UTF-8 invalide à l'octet {byte}."
    ),
    "{source}: not valid JSON at line {line}, column {column}: {reason}.": (
        "{source} : JSON invalide à la ligne {line}, colonne {column} : {reason}."
    ),
    "{source}: not valid JSON: the key {key} appears twice in one object.": (
        "{source} : JSON invalide : la clé {key} apparaît deux fois dans un même objet."
    ),
    "{source}: not valid JSON: {reason}.": "{source} : JSON invalide : {reason}.",
    "it is nested too deeply": "il est imbriqué trop profondément",
    "{source}: {clause}.": "{source} : {clause}.",
    "{source} {text}": "{source} {text}",
    "The preset is not valid: {clause}.": "Le préréglage n'est pas valide : {clause}.",
    "Could not save to {path}: {reason}.": "Impossible d'enregistrer dans {path} : {reason}.",
    "Expecting value": "valeur attendue",
    "Expecting ',' delimiter": "séparateur ',' attendu",
    "Expecting ':' delimiter": "séparateur ':' attendu",
    "Expecting property name enclosed in double quotes": (
        "nom de champ entre guillemets doubles attendu"
    ),
    "Unterminated string starting at": "chaîne non terminée commençant à",
    "Extra data": "données en trop après la fin",
    # presets: checks (presets.messages, presets.validate)
    "{path} {text}": "{path} {text}",
    "the preset": "le préréglage",
    "is missing": "est absent",
    "is not a known field (expected one of {known})": (
        "n'est pas un champ connu (champs possibles : {known})"
    ),
    "must be {types}, {got}": "doit être {types}, {got}",
    "{left} or {right}": "{left} ou {right}",
    "must not be empty": "ne doit pas être vide",
    "a whole number": "un nombre entier",
    "a number": "un nombre",
    "text": "du texte",
    "an object": "un objet",
    "a list": "une liste",
    "true or false": "true ou false",
    "must be at least {limit}, {got}": "doit valoir au moins {limit}, {got}",
    "must be at most {limit}, {got}": "doit valoir au plus {limit}, {got}",
    "must be greater than {limit}, {got}": "doit être supérieur à {limit}, {got}",
    "must be less than {limit}, {got}": "doit être inférieur à {limit}, {got}",
    "must be one of {limit}; {got}": "doit valoir l'une de ces valeurs : {limit} ; {got}",
    "must be {limit}, {got}": "doit valoir {limit}, {got}",
    "must have at least {limit} entries, got {size}": (
        "doit avoir au moins {limit} entrées, trouvées : {size}"
    ),
    "must have at most {limit} entries, got {size}": (
        "doit avoir au plus {limit} entrées, trouvées : {size}"
    ),
    "must be at least {limit} characters long, got {size}": (
        "doit compter au moins {limit} caractères, trouvés : {size}"
    ),
    "must be at most {limit} characters long, got {size}": (
        "doit compter au plus {limit} caractères, trouvés : {size}"
    ),
    "must not list the same value twice, {got}": (
        "ne doit pas contenir deux fois la même valeur, {got}"
    ),
    "is nested too deeply": "est imbriqué trop profondément",
    "has a key that is not text ({type})": "a une clé qui n'est pas du texte ({type})",
    "must be a finite number, {got}": "doit être un nombre fini, {got}",
    "is far too large, got a number with about {digits} digits": (
        "est bien trop grand : un nombre d'environ {digits} chiffres"
    ),
    "must be a JSON value, got a {type} object": ("doit être une valeur JSON, pas un objet {type}"),
    "must be a JSON object, {got}": "doit être un objet JSON, {got}",
    'format is missing; a preset starts with "format": "{format}"': (
        'format est absent ; un préréglage commence par "format": "{format}"'
    ),
    'must be "{format}", {got}': 'doit valoir "{format}", {got}',
    "version is missing; this nnplayground reads up to {version}": (
        "version est absent ; cette version de nnplayground lit jusqu'à la version {version}"
    ),
    "was written by a newer nnplayground (version {version}); this version reads up to "
    "{current}.": (
        "a été écrit par une version plus récente de nnplayground (version {version}) ; "
        "cette version lit jusqu'à la version {current}."
    ),
    "{text} (after upgrading the file from version {version})": (
        "{text} (après mise à jour du fichier depuis la version {version})"
    ),
    "is not a parameter of {name} (it takes {takes})": (
        "n'est pas un paramètre de {name} (paramètres possibles : {takes})"
    ),
    "must be true or false, {got}": "doit valoir true ou false, {got}",
    "must be one of {limit}, {got}": "doit valoir l'une de ces valeurs : {limit} ; {got}",
    "must be a number, {got}": "doit être un nombre, {got}",
    "must be finite, {got}": "doit être un nombre fini, {got}",
    "must be a whole number, {got}": "doit être un nombre entier, {got}",
    "must have {count} entries (one per layer), got {size}": (
        "doit avoir {count} entrées (une par couche), trouvées : {size}"
    ),
    "do not fit the network: {reason}": "ne correspondent pas au réseau : {reason}",
    "must have as many values as train_loss ({length}), got {size}": (
        "doit avoir autant de valeurs que train_loss ({length}), valeur reçue : {size}"
    ),
    "holds {size} epochs; at most {maximum} are kept in a preset": (
        "contient {size} époques ; un préréglage en garde au plus {maximum}"
    ),
    "must be a share from 0 to 1, got {value}": (
        "doit être une proportion de 0 à 1, valeur reçue : {value}"
    ),
    "is given for classification only; this preset is a regression": (
        "n'existe que pour une classification ; ce préréglage est une régression"
    ),
    "must have the same length as row 0 ({length}), got {size}": (
        "doit avoir la même longueur que la ligne 0 ({length}), longueur reçue : {size}"
    ),
    "must have shape {shape}, got {size}": "doit avoir la forme {shape}, forme reçue : {size}",
    # compare runs (engine.compare)
    "Write the setting to vary as variable=value1,value2 (e.g. activation=sigmoid,tanh,relu), "
    "got {text}.": (
        "Indiquez le réglage à faire varier sous la forme variable=valeur1,valeur2 (par exemple "
        "activation=sigmoid,tanh,relu), reçu : {text}."
    ),
    "Cannot vary {variable}; choose one of: {choices}.": (
        "Impossible de faire varier {variable} ; choisissez parmi : {choices}."
    ),
    "Give {minimum} to {maximum} values to compare for {variable}, got {count}.": (
        "Donnez de {minimum} à {maximum} valeurs à comparer pour {variable} (reçues : {count})."
    ),
    "{value} is the same {variable} as {other}; each value may appear once.": (
        "{value} est la même valeur de {variable} que {other} ; chaque valeur ne peut "
        "apparaître qu'une fois."
    ),
    "Learning rate {value} is not a number.": (
        "Le taux d'apprentissage {value} n'est pas un nombre."
    ),
    "Learning rate {value} must be a finite number above 0.": (
        "Le taux d'apprentissage {value} doit être un nombre fini supérieur à 0."
    ),
    "the network has no hidden layers whose activation could vary": (
        "le réseau n'a aucune couche cachée dont l'activation pourrait varier"
    ),
    "{variable}={value} cannot be trained: {reason}": (
        "{variable}={value} ne peut pas être entraîné : {reason}"
    ),
    "epochs must be a whole number of at least 1, got {value}": (
        "epochs doit être un nombre entier d'au moins 1, valeur reçue : {value}"
    ),
    "Training diverged at epoch {epoch}: the loss became NaN or infinite. The learning rate is "
    "probably too high; try a value 10 times smaller. The weights from the last finite epoch "
    "were kept.": (
        "L'entraînement a divergé à l'époque {epoch} : la perte est devenue NaN ou infinie. "
        "Le taux d'apprentissage est sans doute trop grand ; essayez une valeur 10 fois plus "
        "petite. Les poids de la dernière époque finie ont été conservés."
    ),
    "Training diverged at epoch {epoch}: the weights became NaN or infinite. The learning rate is "
    "probably too high; try a value 10 times smaller. The weights from the last finite epoch "
    "were kept.": (
        "L'entraînement a divergé à l'époque {epoch} : les poids sont devenus NaN ou infinis. "
        "Le taux d'apprentissage est sans doute trop grand ; essayez une valeur 10 fois plus "
        "petite. Les poids de la dernière époque finie ont été conservés."
    ),
}

#: Issue 10's views (loss landscape, slow-motion step, live explanations, init theory)
#: and lessons 9-11.
_LOSS_VIEWS: dict[str, str] = {
    "Loss landscape": "Paysage de la perte",
    "The loss around the current weights: one weight, or a plane": (
        "La perte autour des poids actuels : un seul poids, ou un plan"
    ),
    "%1 = %2 · loss %3 · slope ∂L/∂w = %4 · next SGD step (η = %5) → %6": (
        "%1 = %2 · perte %3 · pente ∂L/∂w = %4 · prochain pas de SGD (η = %5) → %6"
    ),
    "The next step is plain gradient descent on the whole training set at the current "
    "learning rate η: w − η·∂L/∂w. The 2-D slice took %1 ms.": (
        "Le prochain pas est une descente de gradient simple sur tout le jeu "
        "d'entraînement, au taux d'apprentissage actuel η : w − η·∂L/∂w. La coupe 2-D a "
        "pris %1 ms."
    ),
    "Which layer's weights (W) or biases (b) the 1-D slice moves": (
        "Choisir la couche dont la coupe 1-D fait varier un poids (W) ou un biais (b)"
    ),
    "Layer of the parameter": "Couche du paramètre",
    "Row of the weight: the input unit the link comes from": (
        "Ligne du poids : le neurone d'entrée d'où part la liaison"
    ),
    "Input unit": "Neurone d'entrée",
    "Column: the unit the link goes to": "Colonne : le neurone où arrive la liaison",
    "Unit": "Neurone",
    "The loss drawn: switch it to see another shape on the same weights": (
        "La perte dessinée : la changer pour voir une autre forme sur les mêmes poids"
    ),
    "Loss drawn": "Perte dessinée",
    "The plane of the 2-D slice: two random filter-normalised directions, or the two "
    "main directions of the training path (PCA)": (
        "Le plan de la coupe 2-D : deux directions aléatoires normalisées par filtre, ou "
        "les deux directions principales du chemin d'entraînement (ACP)"
    ),
    "Directions of the plane": "Directions du plan",
    "Random": "Aléatoires",
    "PCA of the path": "ACP du chemin",
    "Draw two other random directions": "Tirer deux autres directions aléatoires",
    "Reseed the random directions": "Retirer les directions aléatoires",
    "The loss as the chosen parameter alone moves; dashed: its tangent, whose slope is "
    "the backprop gradient": (
        "La perte quand seul le paramètre choisi varie ; en pointillé : sa tangente, dont "
        "la pente est le gradient de la rétropropagation"
    ),
    "The loss over a plane through the current weights (red dot), with the training path": (
        "La perte sur un plan passant par les poids actuels (point rouge), avec le chemin "
        "de l'entraînement"
    ),
    "Reseed": "Nouveau tirage",
    "Plane": "Plan",
    "PCA needs a few recorded epochs: press Play.": (
        "L'ACP a besoin de quelques époques enregistrées : appuyez sur Lancer."
    ),
    "Could not compute the landscape: %1": "Impossible de calculer le paysage : %1",
    "loss (training set)": "perte (jeu d'entraînement)",
    "parameter value": "valeur du paramètre",
    "direction 1": "direction 1",
    "direction 2": "direction 2",
    "log₁₀ loss": "log₁₀ de la perte",
    "tangent": "tangente",
    "now": "maintenant",
    "after one SGD step": "après un pas de SGD",
    "start": "départ",
    "path": "chemin",
    # slow-motion step
    "Slow-motion step": "Pas au ralenti",
    "One mini-batch update, stage by stage: forward, loss, backward, update": (
        "Une mise à jour sur un mini-lot, étape par étape : propagation, perte, "
        "rétropropagation, mise à jour"
    ),
    "Step one batch, slowly": "Un lot, au ralenti",
    "Walk through one mini-batch update stage by stage": (
        "Parcourir étape par étape une mise à jour sur un mini-lot"
    ),
    "Next batch": "Lot suivant",
    "Compute one update on the next mini-batch, stage by stage (nothing changes until "
    "you apply it)": (
        "Calculer une mise à jour sur le prochain mini-lot, étape par étape (rien ne change "
        "tant que vous ne l'appliquez pas)"
    ),
    "Take the next batch": "Prendre le lot suivant",
    "◀ Previous": "◀ Précédente",
    "Go back one stage": "Revenir d'une étape",
    "Previous stage": "Étape précédente",
    "Next ▶": "Suivante ▶",
    "Go on to the next stage": "Passer à l'étape suivante",
    "Next stage": "Étape suivante",
    "Apply this step": "Appliquer ce pas",
    "Make the run take exactly this update (only while training is paused or stopped)": (
        "Faire exactement cette mise à jour dans l'entraînement (seulement en pause ou à l'arrêt)"
    ),
    "Step applied: the weights moved by one update.": (
        "Pas appliqué : les poids ont bougé d'une mise à jour."
    ),
    "Press “Next batch” to start.": "Appuyez sur « Lot suivant » pour commencer.",
    "output layer": "couche de sortie",
    "Forward pass, %1: z = x·W + b, a = f(z)": "Propagation, %1 : z = x·W + b, a = f(z)",
    "Loss for the batch": "Perte sur le lot",
    "Backward pass, %1: δ = ∂L/∂z": "Rétropropagation, %1 : δ = ∂L/∂z",
    "Update, %1: w ← w − step": "Mise à jour, %1 : w ← w − pas",
    "The weights changed since this batch was taken: take the next batch again.": (
        "Les poids ont changé depuis que ce lot a été pris : reprenez le lot suivant."
    ),
    "layer %1": "couche %1",
    "Stage %1 of %2 — %3": "Étape %1 sur %2 — %3",
    "Activation a = f(z) of each unit for the batch: points, mean ± std": (
        "Activation a = f(z) de chaque neurone sur le lot : points, moyenne ± écart-type"
    ),
    "a": "a",
    "unit": "neurone",
    "Output against target, per point": "Sortie en fonction de la cible, point par point",
    "network output": "sortie du réseau",
    "target": "cible",
    "δ_out = ∂L/∂z_out comes straight from the loss (it is fused with the output "
    "activation: f′ is not applied).": (
        "δ_out = ∂L/∂z_out vient directement de la perte (elle est fusionnée avec "
        "l'activation de sortie : f′ n'est pas appliquée)."
    ),
    "δ_out = ∂L/∂a · f′(z_out).": "δ_out = ∂L/∂a · f′(z_out).",
    "Thicker link: larger |∂L/∂w|; blue neuron: δ > 0, orange: δ < 0; one scale for the "
    "whole network": (
        "Liaison plus épaisse : |∂L/∂w| plus grand ; neurone bleu : δ > 0, orange : δ < 0 ; "
        "une seule échelle pour tout le réseau"
    ),
    "‖δ‖ per layer (log)": "‖δ‖ par couche (log)",
    "log₁₀ ‖δ‖": "log₁₀ ‖δ‖",
    "layer": "couche",
    "<b>Layer %1</b>: ‖δ‖ = %2, straight from the loss (fused with %4: no ×f′(z))": (
        "<b>Couche %1</b> : ‖δ‖ = %2, directement depuis la perte (fusionnée avec %4 : pas "
        "de ×f′(z))"
    ),
    "<b>Layer %1</b>: ‖δ‖ = %2; ×f′(z): at most %3 for %4 (here %5 on average)": (
        "<b>Couche %1</b> : ‖δ‖ = %2 ; ×f′(z) : au plus %3 pour %4 (ici %5 en moyenne)"
    ),
    "What each layer multiplies δ by": "Ce par quoi chaque couche multiplie δ",
    "Batch: the run's next %1 points.": "Lot : les %1 prochains points de l'entraînement.",
    "The points the run uses first in its next epoch: the shuffled order is drawn from a "
    "copy of the trainer's generator.": (
        "Les points que l'entraînement utilise en premier à sa prochaine époque : l'ordre "
        "mélangé est tiré d'une copie du générateur de l'entraîneur."
    ),
    "The first training points: shuffling is off, so they come first.": (
        "Les premiers points d'entraînement : sans mélange, ce sont eux qui passent en premier."
    ),
    "The stage shown below": "L'étape affichée ci-dessous",
    "width |∂L/∂w|, colour δ": "épaisseur |∂L/∂w|, couleur δ",
    "in": "entrée",
    "Before (grey), after (orange)": "Avant (gris), après (orange)",
    "value": "valeur",
    "weights, then biases": "poids, puis biais",
    "Largest change: #%1, %2 → %3.": "Plus grand changement : n° %1, %2 → %3.",
    "Step taken ‖Δθ‖ (relative ‖Δθ‖/‖θ‖):": "Pas effectué ‖Δθ‖ (relatif ‖Δθ‖/‖θ‖) :",
    "Adam divides m and v by (1 − βᵗ): early moments are not biased towards 0.": (
        "Adam divise m et v par (1 − βᵗ) : les premiers moments ne sont pas biaisés vers 0."
    ),
    "Optimizer <b>%1</b>, learning rate %2, step %3.": (
        "Optimiseur <b>%1</b>, taux d'apprentissage %2, pas %3."
    ),
    "layer %1: %2 (%3)": "couche %1 : %2 (%3)",
    "Loss <b>%1</b> over %2 points: <b>L = %3</b>.<br>%4<br>‖δ_out‖ = %5": (
        "Perte <b>%1</b> sur %2 points : <b>L = %3</b>.<br>%4<br>‖δ_out‖ = %5"
    ),
    "%1 points × %2 units, activation <b>%3</b>.<br>z from %4 to %5;<br>a from %6 to %7.": (
        "%1 points × %2 neurones, activation <b>%3</b>.<br>z de %4 à %5 ;<br>a de %6 à %7."
    ),
    "Gradient: link width = |∂L/∂w|, colour = δ": (
        "Gradient : épaisseur des liaisons = |∂L/∂w|, couleur = δ"
    ),
    "input": "entrée",
    # live explanations
    "What is happening": "Ce qui se passe",
    "One line on what the run is doing now and why, with a fix to try": (
        "Une ligne sur ce que fait l'entraînement et pourquoi, avec un remède à essayer"
    ),
    "What is happening now": "Ce qui se passe maintenant",
    "Try the suggested fix": "Essayer le remède proposé",
    "Undo": "Annuler",
    "Go back to the settings before the fix": "Revenir aux réglages d'avant le remède",
    "Undo the fix": "Annuler le remède",
    "Nothing to report: no layer is mostly dead or saturated, and the loss moves.": (
        "Rien à signaler : aucune couche n'est en majorité morte ou saturée, et la perte bouge."
    ),
    "The live explanations watch for saturated, dead or identical units, plateaus, "
    "divergence, overfitting and vanishing gradients": (
        "Les explications en direct guettent les neurones saturés, morts ou identiques, "
        "les plateaux, la divergence, le surapprentissage et l'évanouissement du gradient"
    ),
    "Nothing to fix now": "Rien à corriger pour l'instant",
    "Try this: %1": "Essayez : %1",
    "Apply the standard fix (%1); Undo goes back": (
        "Appliquer le remède habituel (%1) ; Annuler revient en arrière"
    ),
    "(+%1 more: see the tooltip)": "(+%1 autre(s) : voir l'infobulle)",
    # theory beside measurement
    "Init: theory": "Init. : théorie",
    "The spread of the pre-activations at initialisation per layer, measured and "
    "predicted by mean-field theory": (
        "L'étalement des pré-activations à l'initialisation, couche par couche, mesuré et "
        "prédit par la théorie du champ moyen"
    ),
    "Dots: the spread measured on freshly drawn weights; line: the mean-field prediction": (
        "Points : l'étalement mesuré sur des poids fraîchement tirés ; ligne : la "
        "prédiction du champ moyen"
    ),
    "spread of z at init, √mean(z²)": "étalement de z à l'init., √moyenne(z²)",
    "mean-field prediction": "prédiction du champ moyen",
    "measured": "mesuré",
    "Largest gap between theory and measurement: %1 of q = mean z² (narrow layers "
    "fluctuate more than the theory says).": (
        "Plus grand écart entre théorie et mesure : %1 de q = moyenne de z² (les couches "
        "étroites fluctuent plus que ne le dit la théorie)."
    ),
    "No prediction for this network: %1": "Pas de prédiction pour ce réseau : %1",
    # lessons 9-11
    "Lesson 9: the loss is a landscape": "Leçon 9 : la perte est un paysage",
    "Lesson 10: outliers and the choice of loss": (
        "Leçon 10 : valeurs aberrantes et choix de la perte"
    ),
    "Lesson 11: vanishing gradient in slow motion": (
        "Leçon 11 : l'évanouissement du gradient au ralenti"
    ),
    "9. The loss is a landscape": "9. La perte est un paysage",
    "Open the Loss landscape tab. On the left, the loss as one weight alone moves, with "
    "its tangent; on the right, the loss over a plane of weights, with the path training "
    "takes across it.": (
        "Ouvrez l'onglet Paysage de la perte. À gauche, la perte quand un seul poids varie, "
        "avec sa tangente ; à droite, la perte sur un plan de poids, traversé par le chemin "
        "que suit l'entraînement."
    ),
    "Press Play and watch the red dot go downhill. Then pick the output bias (b3) and "
    "switch the drawn loss between cross-entropy and squared error.": (
        "Appuyez sur Lancer et regardez le point rouge descendre la pente. Choisissez "
        "ensuite le biais de sortie (b3) et passez la perte dessinée de l'entropie croisée "
        "à l'erreur quadratique."
    ),
    "Training walks downhill with either loss. Far from the bottom, where the network is "
    "sure of itself and wrong, the cross-entropy curve keeps rising in a straight slope "
    "while squared error flattens out: cross-entropy still gives a strong gradient "
    "there, squared error almost none.": (
        "Avec l'une ou l'autre perte, l'entraînement descend. Loin du fond, là où le réseau "
        "se trompe avec assurance, la courbe de l'entropie croisée continue de monter en "
        "ligne droite tandis que l'erreur quadratique s'aplatit : l'entropie croisée y "
        "donne encore un gradient fort, l'erreur quadratique presque aucun."
    ),
    "Train with mean squared error": "Entraîner avec l'erreur quadratique moyenne",
    "The path still goes downhill, more slowly.": "Le chemin descend encore, plus lentement.",
    "Train with cross-entropy": "Entraîner avec l'entropie croisée",
    "Back to the steeper landscape.": "Retour au paysage plus pentu.",
    "10. Outliers and the choice of loss": "10. Valeurs aberrantes et choix de la perte",
    "A straight-line fit (no hidden layer, linear output) to points on a tilted plane "
    "whose slope is 0.1 along x1 and along x2. Press Play, then read W1[0,0] under the "
    "Loss landscape tab: the fit finds 0.1.": (
        "Un ajustement linéaire (sans couche cachée, sortie linéaire) de points posés sur "
        "un plan incliné de pente 0.1 selon x1 comme selon x2. Appuyez sur Lancer, puis "
        "lisez W1[0,0] dans l'onglet Paysage de la perte : l'ajustement trouve 0.1."
    ),
    "Add four outliers (points far below the others), train again, then retrain with "
    "mean absolute error and with the Huber loss.": (
        "Ajoutez quatre valeurs aberrantes (des points bien plus bas que les autres), "
        "entraînez de nouveau, puis réentraînez avec l'erreur absolue moyenne et avec la "
        "perte de Huber."
    ),
    "Squared error grows with the square of each gap, so four bad points weigh as much "
    "as many good ones: both weights fall to about 0.05 and the fitted plane is half as "
    "steep. Absolute error and Huber grow only linearly for large gaps: their weights stay "
    "at 0.10 and 0.09, and the outliers are all but ignored.": (
        "L'erreur quadratique croît comme le carré de chaque écart : quatre mauvais points "
        "pèsent autant que beaucoup de bons, les deux poids tombent vers 0.05 et le plan "
        "ajusté est deux fois moins pentu. L'erreur absolue et Huber ne croissent que "
        "linéairement pour les grands écarts : leurs poids restent à 0.10 et 0.09, et les "
        "valeurs aberrantes sont presque ignorées."
    ),
    "Add four outliers": "Ajouter quatre valeurs aberrantes",
    "The squared-error fit tilts towards them.": (
        "L'ajustement à l'erreur quadratique penche vers elles."
    ),
    "Use mean absolute error": "Utiliser l'erreur absolue moyenne",
    "The fit stays on the plane.": "L'ajustement reste sur le plan.",
    "Use the Huber loss": "Utiliser la perte de Huber",
    "Squared near the fit, linear far away: it barely moves either.": (
        "Quadratique près de l'ajustement, linéaire loin de lui : elle bouge à peine, elle aussi."
    ),
    "11. Vanishing gradient, in slow motion": "11. L'évanouissement du gradient, au ralenti",
    "Five sigmoid hidden layers. Choose Training ▸ Step one batch, slowly, and press Next "
    "until the backward pass.": (
        "Cinq couches cachées sigmoïdes. Choisissez Entraînement ▸ Un lot, au ralenti, puis "
        "appuyez sur Suivante jusqu'à la rétropropagation."
    ),
    "Walk the backward pass from the output to the input, watching the bars of ‖δ‖. "
    "Then switch to ReLU with He initialisation and walk it again.": (
        "Parcourez la rétropropagation de la sortie vers l'entrée en regardant les barres "
        "de ‖δ‖. Passez ensuite à ReLU avec l'initialisation de He et recommencez."
    ),
    "Each sigmoid layer multiplies δ by f′(z), which is never above 0.25: by the first "
    "layer ‖δ‖ is more than a hundred times smaller than at the output, and the first "
    "layers barely learn. With ReLU (f′ = 1 where active) and He initialisation the bars "
    "stay within a factor of ten.": (
        "Chaque couche sigmoïde multiplie δ par f′(z), qui ne dépasse jamais 0.25 : à la "
        "première couche, ‖δ‖ est plus de cent fois plus petit qu'à la sortie, et les "
        "premières couches apprennent à peine. Avec ReLU (f′ = 1 là où le neurone est "
        "actif) et l'initialisation de He, les barres restent dans un facteur dix."
    ),
    "The ‖δ‖ bars are about the same height.": "Les barres de ‖δ‖ ont à peu près la même hauteur.",
    "f′ can reach 1: the gradient shrinks less than with sigmoid.": (
        "f′ peut atteindre 1 : le gradient diminue moins qu'avec la sigmoïde."
    ),
}

#: Timeline, forks, "What would have fixed it?", seed spread, animations, run files.
_REPLAY: dict[str, str] = {
    "Leaky ReLU (slope 0.1)": "Leaky ReLU (pente 0,1)",
    "He initialisation": "Initialisation de He",
    "Zero initial biases": "Biais initiaux nuls",
    "Initial weights 10 times smaller": "Poids initiaux 10 fois plus petits",
    "Cross-entropy instead of squared error": ("Entropie croisée au lieu de l'erreur quadratique"),
    "{fix}: {symptom} {before} → {after}, test loss {test_before} → {test_after} after "
    "{epochs} epochs.": (
        "{fix} : {symptom} {before} → {after}, perte de test {test_before} → {test_after} "
        "après {epochs} époques."
    ),
    "None of the fixes tried cured it. {result}": (
        "Aucun des remèdes essayés ne l'a guéri. {result}"
    ),
    "epoch %1 · train loss %2 · test loss %3": (
        "époque %1 · perte d'entraînement %2 · perte de test %3"
    ),
    "dead units": "neurones morts",
    "saturated units": "neurones saturés",
    "distance between the closest units": "distance entre les neurones les plus proches",
    "train loss": "perte d'entraînement",
    "first/last ‖δ‖": "‖δ‖ première/dernière",
    "test loss rise": "hausse de la perte de test",
    "Seed {value} must be a whole number from 0 to {maximum}.": (
        "La graine {value} doit être un nombre entier de 0 à {maximum}."
    ),
    "Initial scale {value} must be a finite number above 0 and at most 100.": (
        "L'échelle initiale {value} doit être un nombre fini supérieur à 0 et au plus 100."
    ),
    "The number of seeds must be a whole number from 2 to {maximum}, got {value}.": (
        "Le nombre de graines doit être un nombre entier de 2 à {maximum}, valeur reçue : {value}."
    ),
    "Final test loss over {n} seeds: median {median:.3g}, 10–90 % from {low:.3g} to "
    "{high:.3g} (min {lowest:.3g}, max {highest:.3g}).": (
        "Perte de test finale sur {n} graines : médiane {median:.3g}, 10–90 % de {low:.3g} à "
        "{high:.3g} (min {lowest:.3g}, max {highest:.3g})."
    ),
    "{source}: {reason}.": "{source} : {reason}.",
    "not a run file (not a zip archive, or truncated)": (
        "ce n'est pas un fichier de run (pas une archive zip, ou tronquée)"
    ),
    "the member {member} is missing": "le membre {member} manque",
    "the member {member} is damaged: {reason}": "le membre {member} est endommagé : {reason}",
    "run.json is not a run description: {reason}": (
        "run.json n'est pas une description de run : {reason}"
    ),
    "{member} does not fit its preset: {reason}": (
        "{member} ne correspond pas à son préréglage : {reason}"
    ),
    "Could not save the run to {path}: {reason}.": (
        "Impossible d'enregistrer le run dans {path} : {reason}."
    ),
    "{name} has no finished epoch to save yet; let it finish the epoch first.": (
        "{name} n'a encore aucune époque terminée à enregistrer ; laissez-la finir l'époque "
        "d'abord."
    ),
}

#: Issue 11's GUI: the timeline scrubber, forks, "What would have fixed it?", seeds in the
#: compare dialog, recording an animation, run files.
_REPLAY_GUI: dict[str, str] = {
    "%1 at epoch %2: %3": "%1 à l'époque %2 : %3",
    "%1 from epoch %2: press Play to train it": (
        "%1 depuis l'époque %2 : appuyez sur Lancer pour l'entraîner"
    ),
    "(kept)": "(conservée)",
    "2 to 6 multipliers of the initial weights, e.g. 0.5, 1, 2.": (
        "2 à 6 multiplicateurs des poids initiaux, par exemple 0.5, 1, 2."
    ),
    "2 to 6 seeds separated by commas, e.g. 0, 1, 2.": (
        "2 à 6 graines séparées par des virgules, par exemple 0, 1, 2."
    ),
    "A penalty on large weights": "Une pénalité sur les grands poids",
    "Adopt this fix": "Adopter ce remède",
    "Adopt: %1": "Adopter : %1",
    "Animated GIF (*.gif);;MP4 video (*.mp4)": "GIF animé (*.gif);;Vidéo MP4 (*.mp4)",
    "Apply the best fix to the network (new weights)": (
        "Appliquer le meilleur remède au réseau (nouveaux poids)"
    ),
    "Back to live": "Revenir au direct",
    "Boundary and loss": "Frontière et perte",
    "Cancel recording": "Annuler l'enregistrement",
    "Cancel": "Annuler",
    "Cancelled.": "Annulé.",
    "Cancelled: no file was written.": "Annulé : aucun fichier n'a été écrit.",
    "Cannot fork": "Impossible de bifurquer",
    "Change one or more settings; the fork trains from epoch %1's weights with the same batches.": (
        "Changez un ou plusieurs réglages ; la bifurcation s'entraîne à partir des poids de "
        "l'époque %1 avec les mêmes lots."
    ),
    "Choose a .gif or .mp4 file and record": "Choisir un fichier .gif ou .mp4 et enregistrer",
    "Close this window": "Fermer cette fenêtre",
    "Close": "Fermer",
    "Continue from epoch %1": "Continuer depuis l'époque %1",
    "Continue from here with a change": "Continuer d'ici avec un changement",
    "Continue training from the epoch shown with a change of settings": (
        "Continuer l'entraînement depuis l'époque affichée avec d'autres réglages"
    ),
    "Could not open the run": "Impossible d'ouvrir le run",
    "Could not save the run": "Impossible d'enregistrer le run",
    "Drag to see the network at an earlier epoch; Live goes back to now": (
        "Faire glisser pour voir le réseau à une époque antérieure ; Direct revient au présent"
    ),
    "Drop": "Supprimer",
    "Epoch shown": "Époque affichée",
    "Epochs trained over all the fixes tried": "Époques entraînées sur tous les remèdes essayés",
    "Export the run as an animated GIF or MP4, from its timeline": (
        "Exporter le run en GIF animé ou en MP4, à partir de sa chronologie"
    ),
    "First epoch shown": "Première époque montrée",
    "First epoch": "Première époque",
    "Fork and train": "Bifurquer et entraîner",
    "Forks": "Bifurcations",
    "Fork…": "Bifurquer…",
    "Frames per second": "Images par seconde",
    "Frames written": "Images écrites",
    'How many seeds "Run N seeds" trains (2 to 50).': (
        "Combien de graines « Lancer N graines » entraîne (2 à 50)."
    ),
    "How strong the penalty is": "La force de la pénalité",
    "How the weights are updated (a new optimizer starts with fresh momentum)": (
        "Comment les poids sont mis à jour (un nouvel optimiseur repart d'un moment nul)"
    ),
    "Initial scale": "Échelle initiale",
    "Keep": "Conserver",
    "Last epoch shown": "Dernière époque montrée",
    "Last epoch": "Dernière époque",
    "Layer %1 activation": "Fonction d'activation de la couche %1",
    "Length (s)": "Durée (s)",
    "Length of the film in seconds": "Durée du film en secondes",
    "Length": "Durée",
    "Live": "Direct",
    "Logarithmic time": "Temps logarithmique",
    "Make main": "Rendre principal",
    "Make the fork and show it; Play trains it": (
        "Créer la bifurcation et l'afficher ; Lancer l'entraîne"
    ),
    "Make this fork the main run": "Faire de cette bifurcation le run principal",
    "Mark this fork as one to keep": "Marquer cette bifurcation comme à conserver",
    "Number of seeds": "Nombre de graines",
    "Open a run file (.nnrun) with its timeline and forks": (
        "Ouvrir un fichier de run (.nnrun) avec sa chronologie et ses bifurcations"
    ),
    "Open r&un…": "Ouvrir un r&un…",
    "Open run": "Ouvrir un run",
    "Record animation": "Enregistrer une animation",
    "Record animation… (needs %1)": "Enregistrer une animation… (nécessite %1)",
    "Record animation…": "Enregistrer une animation…",
    "Record": "Enregistrer",
    "Recording %1 frames…": "Enregistrement de %1 images…",
    "Recording progress": "Progression de l'enregistrement",
    "Record…": "Enregistrer…",
    "Regularization rate": "Taux de régularisation",
    "Remove this fork": "Supprimer cette bifurcation",
    "Replay progress": "Progression de la reprise",
    "Replay the run under a few fixes for this symptom and say which one cures it": (
        "Rejouer le run avec quelques remèdes à ce symptôme et dire lequel le guérit"
    ),
    "Replaying the run under %1 fixes…": "Reprise du run avec %1 remèdes…",
    "Run N seeds": "Lancer N graines",
    "Save ru&n…": "Enregistrer le ru&n…",
    "Save run": "Enregistrer le run",
    "Save the run with its timeline and forks (.nnrun)": (
        "Enregistrer le run avec sa chronologie et ses bifurcations (.nnrun)"
    ),
    "Seeds": "Graines",
    "Show the present again and follow training": (
        "Montrer de nouveau le présent et suivre l'entraînement"
    ),
    "Show this branch; Play trains it": "Afficher cette branche ; Lancer l'entraîne",
    "Show": "Afficher",
    "Spend more frames on the early epochs, where most changes happen": (
        "Consacrer plus d'images aux premières époques, où presque tout change"
    ),
    "Stop recording; no file is left behind": ("Arrêter l'enregistrement ; aucun fichier ne reste"),
    "Stop the replay": "Arrêter la reprise",
    "Stopped at epoch %1.": "Arrêté à l'époque %1.",
    "The activation of this hidden layer": "La fonction d'activation de cette couche cachée",
    "The epoch the views show": "L'époque que montrent les vues",
    "The main run and its forks, with what each changed": (
        "Le run principal et ses bifurcations, avec ce que chacune a changé"
    ),
    "The main run and its forks: show, keep, drop or make one the main run": (
        "Le run principal et ses bifurcations : afficher, conserver, supprimer ou en faire le "
        "run principal"
    ),
    "The replay stopped with an error: %1": "La reprise s'est arrêtée sur une erreur : %1",
    "The step size from here on": "La taille du pas à partir d'ici",
    "Timeline: epoch shown": "Chronologie : époque affichée",
    "Train and test loss per epoch; the timeline under it rewinds the run": (
        "Perte d'entraînement et de test à chaque époque ; la chronologie en dessous rembobine "
        "le run"
    ),
    "Train first: the film is made from the run's timeline.": (
        "Entraînez d'abord : le film est fait à partir de la chronologie du run."
    ),
    "Train the network under N seeds: the median loss, its 10–90 % band and the spread of "
    "the final test loss show how much is luck.": (
        "Entraîner le réseau avec N graines : la perte médiane, sa bande de 10 à 90 % et la "
        "dispersion de la perte de test finale montrent la part de hasard."
    ),
    "Views": "Vues",
    "What each frame shows": "Ce que montre chaque image",
    "What training minimizes": "Ce que l'entraînement minimise",
    "What would have fixed it": "Ce qui l'aurait réparé",
    "What would have fixed it?": "Qu'est-ce qui l'aurait réparé ?",
    "Width × height of the film in pixels": "Largeur × hauteur du film en pixels",
    "epoch %1": "époque %1",
    "main run": "run principal",
    "median test loss, %1 seeds": "perte de test médiane, %1 graines",
    "nnplayground runs (*.nnrun);;All files (*)": (
        "Runs nnplayground (*.nnrun);;Tous les fichiers (*)"
    ),
    "no change": "aucun changement",
}

_HANDS_ON: dict[str, str] = {
    "&Edit": "&Édition",
    "&Undo": "&Annuler",
    "&Redo": "&Rétablir",
    "Undo the last change of a weight or of the data": (
        "Annuler la dernière modification d'un poids ou des données"
    ),
    "Redo the change just undone": "Rétablir la modification qui vient d'être annulée",
    "Change %1": "Modifier %1",
    "Edit data": "Éditer",
    "Add a point": "Ajouter un point",
    "Delete a point": "Supprimer un point",
    "Move a point": "Déplacer un point",
    "Draw data": "Dessiner",
    "A weight must be a finite number.": "Un poids doit être un nombre fini.",
    "Weight": "Poids",
    "Change the selected weight or bias by hand while training is paused": (
        "Modifier à la main le poids ou le biais choisi pendant que l'entraînement est en pause"
    ),
    "Change one weight or bias by hand while training is paused.": (
        "Modifier à la main un poids ou un biais pendant que l'entraînement est en pause."
    ),
    "Weight editor": "Éditeur de poids",
    "Click a link (weight) or a neuron (bias) in the network.": (
        "Cliquez sur un lien (poids) ou un neurone (biais) dans le réseau."
    ),
    "The weight or bias being edited.": "Le poids ou le biais en cours de modification.",
    "Selected weight": "Poids choisi",
    "Drag (or turn the mouse wheel) to change the weight.": (
        "Faire glisser (ou tourner la molette) pour modifier le poids."
    ),
    "Weight value slider": "Curseur de la valeur du poids",
    "Type a value for the weight, or turn the mouse wheel.": (
        "Saisir une valeur pour le poids, ou tourner la molette."
    ),
    "Weight value": "Valeur du poids",
    "{0}: bias of neuron {1} in layer {2}": "{0} : biais du neurone {1} de la couche {2}",
    "{0}: weight from input {1} to neuron {2} of hidden layer 1": (
        "{0} : poids de l'entrée {1} vers le neurone {2} de la couche cachée 1"
    ),
    "{0}: weight from neuron {1} to neuron {2} of layer {3}": (
        "{0} : poids du neurone {1} vers le neurone {2} de la couche {3}"
    ),
    "Pause training to change a weight by hand.": (
        "Mettez l'entraînement en pause pour modifier un poids à la main."
    ),
    "Select a weight first: click a link or a neuron in the network.": (
        "Choisissez d'abord un poids : cliquez sur un lien ou un neurone dans le réseau."
    ),
    "Edit the data on the plot: click adds a point, right-click deletes the nearest one, "
    "drag moves one (while training is paused)": (
        "Modifier les données sur le graphique : un clic ajoute un point, un clic droit "
        "supprime le plus proche, un glisser en déplace un (entraînement en pause)"
    ),
    "Edit data mode": "Mode de modification des données",
    "Start from an empty plane and place every point yourself": (
        "Partir d'un plan vide et placer chaque point vous-même"
    ),
    "Draw data from an empty plane": "Dessiner les données sur un plan vide",
    "The class of the points a click adds": "La classe des points ajoutés par un clic",
    "Class of new points": "Classe des nouveaux points",
    "Class {0}": "Classe {0}",
    "The target value of the points a click adds": (
        "La valeur cible des points ajoutés par un clic"
    ),
    "Target of new points": "Cible des nouveaux points",
    "Which points move this weight": "Quels points font bouger ce poids",
    "With a weight selected, draw each training point's share of the gradient ∂L/∂w: "
    "green pushes the weight up, red down, larger = harder": (
        "Avec un poids choisi, dessiner la part de chaque point d'entraînement dans le "
        "gradient ∂L/∂w : vert pousse le poids vers le haut, rouge vers le bas, plus gros "
        "= plus fort"
    ),
    "Show which points move this weight": "Montrer quels points font bouger ce poids",
    "Pause training to edit the data.": (
        "Mettez l'entraînement en pause pour modifier les données."
    ),
    "Edited data needs {minimum} to {maximum} points (at least one to train on and one "
    "to test), got {value}.": (
        "Les données modifiées demandent de {minimum} à {maximum} points (au moins un pour "
        "l'entraînement et un pour le test), valeur reçue : {value}."
    ),
    "Edited data needs at least one training point and one test point.": (
        "Les données modifiées demandent au moins un point d'entraînement et un point de test."
    ),
    "Edited data needs two finite coordinates and one label for each point.": (
        "Les données modifiées demandent deux coordonnées finies et une étiquette par point."
    ),
    "The label {value} of edited point {row} is not a class from 0 to {maximum}.": (
        "L'étiquette {value} du point modifié {row} n'est pas une classe de 0 à {maximum}."
    ),
    "The target of edited point {row} must be a finite number, got {value}.": (
        "La cible du point modifié {row} doit être un nombre fini, valeur reçue : {value}."
    ),
}

#: Keyboard and screen-reader names, presentation mode, the diagnostics panel's texts.
_A11Y: dict[str, str] = {
    "saturated units: %1": "neurones saturés : %1",
    "dead units: %1": "neurones morts : %1",
    "Output layer": "Couche de sortie",
    "Units": "Neurones",
    "%1: %2": "%1 : %2",
    "The values at the dots on the curves": "Les valeurs aux points marqués sur les courbes",
    "Press Play or Step to see each layer's activations and gradients, and which units are "
    "dead or saturated.": (
        "Appuyez sur Lancer ou Une époque pour voir les activations et les gradients de "
        "chaque couche, et quels neurones sont morts ou saturés."
    ),
    "Layer": "Couche",
    "Dead": "Morts",
    "Saturated": "Saturés",
    "Symmetry": "Symétrie",
    "Diagnostics per layer": "Diagnostics par couche",
    "Presentation mode": "Mode présentation",
    "Larger text and lines for a projector; only the main panels stay (F5)": (
        "Texte et traits plus grands pour un projecteur ; seuls les panneaux principaux "
        "restent (F5)"
    ),
    "Train accuracy %1": "Exactitude entr. %1",
    "Test accuracy %1": "Exactitude test %1",
}

FRENCH: dict[str, str] = {
    source: _nbsp(text)
    for part in (
        _FRENCH,
        _HELP,
        _LABELS,
        _LESSONS,
        _PRESETS,
        _MESSAGES,
        _LOSS_VIEWS,
        _REPLAY,
        _REPLAY_GUI,
        _HANDS_ON,
        _A11Y,
    )
    for source, text in part.items()
}
