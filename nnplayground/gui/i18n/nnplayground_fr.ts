<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivationExplorer</name>
    <message>
        <location filename="../activation_explorer.py" line="68" />
        <source>Activation explorer</source>
        <translation>Explorateur d'activations</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="69" />
        <source>Explore activation functions and their derivatives.</source>
        <translation>Explorer les fonctions d'activation et leurs dérivées.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="88" />
        <source>The activation function to explore.</source>
        <translation>La fonction d'activation à explorer.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="93" />
        <source>Half-width of the z axis: the plot spans −z … z.</source>
        <translation>Demi-largeur de l'axe z : le graphique va de −z à z.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="99" />
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="101" />
        <source>Overlay a second activation (default parameters).</source>
        <translation>Superposer une deuxième fonction d'activation (paramètres par défaut).</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="104" />
        <source>The activation to overlay for comparison.</source>
        <translation>La fonction d'activation à superposer pour comparer.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="111" />
        <source>Parameters of the chosen activation.</source>
        <translation>Paramètres de la fonction d'activation choisie.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="119" />
        <source>Solid: f(z). Dashed: its slope f′(z). Where f′ is near 0, learning stalls.</source>
        <translation>Trait plein : f(z). Pointillés : sa pente f′(z). Là où f′ est proche de 0, l'apprentissage cale.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="122" />
        <source>z (pre-activation)</source>
        <translation>z (pré-activation)</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="161" />
        <source>The function and its derivative.</source>
        <translation>La fonction et sa dérivée.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="164" />
        <source>The values the activation can output.</source>
        <translation>Les valeurs que la fonction d'activation peut produire.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="168" />
        <source>Zero-centred outputs keep the next layer's inputs balanced around 0.</source>
        <translation>Des sorties centrées sur zéro gardent les entrées de la couche suivante équilibrées autour de 0.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="171" />
        <source>Known problems of this activation.</source>
        <translation>Problèmes connus de cette fonction d'activation.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="177" />
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="179" />
        <source>z range ±</source>
        <translation>Plage de z ±</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="198" />
        <source>Close the explorer.</source>
        <translation>Fermer l'explorateur.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="202" />
        <source>Close this window.</source>
        <translation>Fermer cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="322" />
        <source>Output range: {0}</source>
        <translation>Plage de sortie : {0}</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="324" />
        <source>Zero-centred: yes</source>
        <translation>Centrée sur zéro : oui</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="324" />
        <source>Zero-centred: no</source>
        <translation>Centrée sur zéro : non</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="330" />
        <source>Known problems</source>
        <translation>Problèmes connus</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="336" />
        <source>No non-linearity: stacked linear layers collapse into one linear map.</source>
        <translation>Aucune non-linéarité : des couches linéaires empilées se réduisent à une seule application linéaire.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="338" />
        <source>Saturation: flat for large |z|, so the derivative vanishes.</source>
        <translation>Saturation : plate pour les grands |z|, donc la dérivée s'annule.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="339" />
        <source>Dead zone: 0 with slope 0 for z &lt; 0, so a unit can die.</source>
        <translation>Zone morte : 0 avec une pente nulle pour z &lt; 0, donc un neurone peut mourir.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="341" />
        <source>Not zero-centred: outputs are mostly positive, which slows learning in the next layer.</source>
        <translation>Non centrée sur zéro : les sorties sont surtout positives, ce qui ralentit l'apprentissage de la couche suivante.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="345" />
        <source>Non-monotonic: the slope changes sign, so a larger z can give a smaller output.</source>
        <translation>Non monotone : la pente change de signe, donc un z plus grand peut donner une sortie plus petite.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="347" />
        <source>Periodic: many different z give the same output.</source>
        <translation>Périodique : beaucoup de z différents donnent la même sortie.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="349" />
        <source>Unbounded above: activations and gradients can grow large (explode) with a high learning rate.</source>
        <translation>Non bornée en haut : les activations et les gradients peuvent devenir très grands (explosion) avec un taux d'apprentissage élevé.</translation>
    </message>
    <message>
        <location filename="../activation_explorer.py" line="353" />
        <source>Output layer only: it couples all units so the outputs sum to 1 (the plot shows one unit with the other logits at 0).</source>
        <translation>Couche de sortie uniquement : elle lie tous les neurones pour que les sorties aient une somme de 1 (le graphique montre un neurone, les autres logits valant 0).</translation>
    </message>
</context>
<context>
    <name>ActivationPlot</name>
    <message>
        <location filename="../plots/activation.py" line="62" />
        <source>The selected layer's activation function and its slope.</source>
        <translation>La fonction d'activation de la couche choisie et sa pente.</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="73" />
        <source>Which layer's activation to show.</source>
        <translation>La couche dont afficher la fonction d'activation.</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="77" />
        <source>The activation f and its derivative f′.</source>
        <translation>La fonction d'activation f et sa dérivée f′.</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="81" />
        <source>The values at the dots on the curves</source>
        <translation>Les valeurs aux points marqués sur les courbes</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="86" />
        <source>Share of this layer's values in the flat parts of the curve.</source>
        <translation>Part des valeurs de cette couche dans les parties plates de la courbe.</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="105" />
        <source>Grey bars: where this layer's pre-activations z are now. Where f′ is near 0 the layer barely learns.</source>
        <translation>Barres grises : où se trouvent maintenant les pré-activations z de cette couche. Là où f′ est proche de 0, la couche n'apprend presque plus.</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="110" />
        <source>z (pre-activation)</source>
        <translation>z (pré-activation)</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="133" />
        <source>pre-activations z (this layer)</source>
        <translation>pré-activations z (cette couche)</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="169" />
        <source>Output ({0})</source>
        <translation>Sortie ({0})</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="170" />
        <source>Hidden {0} ({1})</source>
        <translation>Couche cachée {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="252" />
        <source>Softmax mixes all output units: the curve is one unit's f_k with the other logits at 0, and f′ shows the Jacobian diagonal f_k(1 − f_k).</source>
        <translation>Softmax mélange tous les neurones de sortie : la courbe est la f_k d'un neurone, les autres logits valant 0, et f′ montre la diagonale de la jacobienne f_k(1 − f_k).</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="263" />
        <source>saturated units: %1</source>
        <translation>neurones saturés : %1</translation>
    </message>
    <message>
        <location filename="../plots/activation.py" line="266" />
        <source>dead units: %1</source>
        <translation>neurones morts : %1</translation>
    </message>
</context>
<context>
    <name>ArchitecturePanel</name>
    <message>
        <location filename="../panels/architecture.py" line="73" />
        <source>Inputs</source>
        <extracomment>Closed layer rows the list shows before it scrolls (six fit a 1366 x 768 screen).</extracomment>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="74" />
        <source>Features fed to the network; choose them in the Data panel</source>
        <translation>Les caractéristiques données au réseau ; à choisir dans le panneau Données</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="81" />
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="92" />
        <source>+ Add layer</source>
        <translation>+ Ajouter une couche</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="97" />
        <source>Add a hidden layer with the settings of the last one (at most 16)</source>
        <translation>Ajouter une couche cachée avec les réglages de la dernière (16 au plus)</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="99" />
        <source>− Remove last</source>
        <translation>− Retirer la dernière</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="101" />
        <source>Remove the last hidden layer</source>
        <translation>Retirer la dernière couche cachée</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="118" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="121" />
        <source>Output activation; only those that fit the task and loss are enabled</source>
        <translation>Fonction d'activation de sortie ; seules celles qui conviennent à la tâche et à la fonction de perte sont proposées</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="262" />
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="264" />
        <source>binary classification</source>
        <translation>classification binaire</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="266" />
        <source>%1 classes</source>
        <translation>%1 classes</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="268" />
        <source>1 unit</source>
        <translation>1 neurone</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="268" />
        <source>%1 units</source>
        <translation>%1 neurones</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="271" />
        <source>Output: %1 (%2) — %3</source>
        <translation>Sortie : %1 (%2) — %3</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="296" />
        <source>Input feature %1</source>
        <translation>Caractéristique d'entrée %1</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="318" />
        <source>%1 / %2 layers</source>
        <translation>%1 / %2 couches</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="327" />
        <source>%1/%2 dead</source>
        <translation>%1/%2 morts</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="328" />
        <source>%1/%2 saturated</source>
        <translation>%1/%2 saturés</translation>
    </message>
    <message>
        <location filename="../panels/architecture.py" line="334" />
        <source>identical units</source>
        <translation>neurones identiques</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <location filename="../plots/boundary.py" line="65" />
        <source>What the network outputs at every point of the input plane.</source>
        <extracomment>Contribution overlay: green where descent pushes the weight up, red where down (not the class colours orange and blue, which the points under them already use).</extracomment>
        <translation>Ce que le réseau produit en chaque point du plan d'entrée.</translation>
    </message>
    <message>
        <location filename="../plots/boundary.py" line="75" />
        <source>Background: the network's output. Dots: training points; squares: test points.</source>
        <translation>Fond : la sortie du réseau. Disques : points d'entraînement ; carrés : points de test.</translation>
    </message>
    <message>
        <location filename="../plots/boundary.py" line="106" />
        <source>Which output the heatmap shows.</source>
        <translation>La sortie que montre la carte de chaleur.</translation>
    </message>
    <message>
        <location filename="../plots/boundary.py" line="108" />
        <source>Show test data</source>
        <translation>Points de test</translation>
    </message>
    <message>
        <location filename="../plots/boundary.py" line="110" />
        <source>Also draw the test points (dark-edged squares).</source>
        <translation>Dessiner aussi les points de test (carrés à bord foncé).</translation>
    </message>
    <message>
        <location filename="../plots/boundary.py" line="113" />
        <source>Discretize output</source>
        <translation>Sortie discrète</translation>
    </message>
    <message>
        <location filename="../plots/boundary.py" line="116" />
        <source>Show the predicted class only, instead of how sure the network is.</source>
        <translation>N'afficher que la classe prédite, au lieu du degré de certitude du réseau.</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <location filename="../code_view.py" line="112" />
        <source>Network as code</source>
        <translation>Le réseau en code</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="116" />
        <source>The same network written for each framework.</source>
        <translation>Le même réseau écrit pour chaque bibliothèque.</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="119" />
        <source>Keras</source>
        <translation>Keras</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="119" />
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="124" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="126" />
        <source>Copy the code of the visible tab to the clipboard.</source>
        <translation>Copier le code de l'onglet affiché dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="128" />
        <source>Export .py…</source>
        <translation>Exporter en .py…</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="130" />
        <source>Save the code of the visible tab as a Python file.</source>
        <translation>Enregistrer le code de l'onglet affiché dans un fichier Python.</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="133" />
        <source>What happened to the last copy or export.</source>
        <translation>Le résultat de la dernière copie ou du dernier export.</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="136" />
        <location filename="../code_view.py" line="140" />
        <source>Close this window.</source>
        <translation>Fermer cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="156" />
        <source>Read-only: copy or export it, then edit it in your editor.</source>
        <translation>Lecture seule : copiez-le ou exportez-le, puis modifiez-le dans votre éditeur.</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="174" />
        <source>This network cannot be written as code: {0}</source>
        <translation>Ce réseau ne peut pas être écrit en code : {0}</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="188" />
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="200" />
        <source>Could not write {0}: {1}.</source>
        <translation>Impossible d'écrire {0} : {1}.</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="202" />
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="208" />
        <source>Export code</source>
        <translation>Exporter le code</translation>
    </message>
    <message>
        <location filename="../code_view.py" line="208" />
        <source>Python files (*.py)</source>
        <translation>Fichiers Python (*.py)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../compare_dialog.py" line="74" />
        <source>Compare runs</source>
        <extracomment>Values ticked when a variable is chosen, if nothing else was asked for. Variables whose values are typed (comma-separated) rather than ticked in a list.</extracomment>
        <translation>Comparer des entraînements</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="103" />
        <source>The one setting that differs.</source>
        <extracomment>The last "Run N seeds" result (engine.seeds.SeedSpread), None before one ends.</extracomment>
        <translation>Le seul réglage qui change.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="106" />
        <source>Hidden activation</source>
        <translation>Activation des couches cachées</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="107" />
        <source>Weight initializer</source>
        <translation>Initialisation des poids</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="108" />
        <source>Learning rate</source>
        <translation>Taux d'apprentissage</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="109" />
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="110" />
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="111" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="112" />
        <source>Initial scale</source>
        <translation>Échelle initiale</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="118" />
        <source>Tick 2 to 6 values to compare.</source>
        <translation>Cocher de 2 à 6 valeurs à comparer.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="124" />
        <location filename="../compare_dialog.py" line="250" />
        <source>2 to 6 learning rates separated by commas, e.g. 0.003, 0.03, 0.3.</source>
        <translation>De 2 à 6 taux d'apprentissage séparés par des virgules, par ex. 0.003, 0.03, 0.3.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="127" />
        <source>How many epochs each variant trains.</source>
        <translation>Nombre d'époques d'entraînement de chaque variante.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="133" />
        <source>How many seeds "Run N seeds" trains (2 to 50).</source>
        <translation>Combien de graines « Lancer N graines » entraîne (2 à 50).</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="138" />
        <location filename="../compare_dialog.py" line="144" />
        <source>Run N seeds</source>
        <translation>Lancer N graines</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="139" />
        <source>Train the network under N seeds: the median loss, its 10–90 % band and the spread of the final test loss show how much is luck.</source>
        <translation>Entraîner le réseau avec N graines : la perte médiane, sa bande de 10 à 90 % et la dispersion de la perte de test finale montrent la part de hasard.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="143" />
        <source>Number of seeds</source>
        <translation>Nombre de graines</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="146" />
        <source>Run</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="146" />
        <source>Train every variant.</source>
        <translation>Entraîner toutes les variantes.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="150" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="152" />
        <source>Stop now; the finished epochs stay.</source>
        <translation>Arrêter maintenant ; les époques terminées restent.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="157" />
        <source>Epochs trained so far.</source>
        <translation>Époques entraînées jusqu'ici.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="160" />
        <source>What went wrong, or what happened.</source>
        <translation>Ce qui n'a pas marché, ou ce qui s'est passé.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="167" />
        <source>The table shows the first epoch whose train loss is at or below this.</source>
        <translation>Le tableau indique la première époque dont la perte d'entraînement est inférieure ou égale à ce seuil.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="176" />
        <source>Export plot…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="178" />
        <source>Save the plot as a PNG or SVG picture.</source>
        <translation>Enregistrer le graphique en image PNG ou SVG.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="182" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="184" />
        <source>Save every variant's losses per epoch as a CSV table.</source>
        <translation>Enregistrer les pertes de chaque variante par époque dans un tableau CSV.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="191" />
        <source>Vary</source>
        <translation>Faire varier</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="195" />
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="196" />
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="197" />
        <source>Loss threshold</source>
        <translation>Seuil de perte</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="205" />
        <source>Seeds</source>
        <translation>Graines</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="252" />
        <source>2 to 6 seeds separated by commas, e.g. 0, 1, 2.</source>
        <translation>2 à 6 graines séparées par des virgules, par exemple 0, 1, 2.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="253" />
        <source>2 to 6 multipliers of the initial weights, e.g. 0.5, 1, 2.</source>
        <translation>2 à 6 multiplicateurs des poids initiaux, par exemple 0.5, 1, 2.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="374" />
        <source>median test loss, %1 seeds</source>
        <translation>perte de test médiane, %1 graines</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="378" />
        <source>Stopped at epoch %1.</source>
        <translation>Arrêté à l'époque %1.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="430" />
        <source>The comparison failed: {0}</source>
        <translation>La comparaison a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="452" />
        <source>diverged at epoch {0}</source>
        <translation>divergence à l'époque {0}</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="454" />
        <source>training</source>
        <translation>entraînement en cours</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="456" />
        <location filename="../compare_dialog.py" line="459" />
        <source>stopped at epoch {0}</source>
        <translation>arrêt à l'époque {0}</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="460" />
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="465" />
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="470" />
        <source>PNG image (*.png);;SVG picture (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="482" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="492" />
        <source>Could not write {0}: {1}.</source>
        <translation>Impossible d'écrire {0} : {1}.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="494" />
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
</context>
<context>
    <name>ComparePlot</name>
    <message>
        <location filename="../compare_plot.py" line="43" />
        <source>Loss per epoch, one colour per variant.</source>
        <translation>Perte par époque, une couleur par variante.</translation>
    </message>
    <message>
        <location filename="../compare_plot.py" line="45" />
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <location filename="../compare_plot.py" line="46" />
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../compare_plot.py" line="53" />
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <location filename="../compare_plot.py" line="55" />
        <source>Show the loss on a logarithmic axis.</source>
        <translation>Afficher la perte sur un axe logarithmique.</translation>
    </message>
    <message>
        <location filename="../compare_plot.py" line="59" />
        <source>Which losses to draw.</source>
        <translation>Les pertes à tracer.</translation>
    </message>
    <message>
        <location filename="../compare_plot.py" line="60" />
        <source>Train (solid) and test (dashed)</source>
        <translation>Entraînement (trait plein) et test (pointillés)</translation>
    </message>
    <message>
        <location filename="../compare_plot.py" line="61" />
        <source>Train loss only</source>
        <translation>Perte d'entraînement seule</translation>
    </message>
    <message>
        <location filename="../compare_plot.py" line="62" />
        <source>Test loss only</source>
        <translation>Perte de test seule</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <location filename="../compare_table.py" line="34" />
        <source>Final losses, accuracies and speed of every variant.</source>
        <translation>Pertes finales, exactitudes et vitesse de chaque variante.</translation>
    </message>
    <message>
        <location filename="../compare_table.py" line="37" />
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../compare_table.py" line="38" />
        <source>Train loss</source>
        <translation>Perte d'entraînement</translation>
    </message>
    <message>
        <location filename="../compare_table.py" line="39" />
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <location filename="../compare_table.py" line="40" />
        <source>Train accuracy</source>
        <translation>Exactitude (entraînement)</translation>
    </message>
    <message>
        <location filename="../compare_table.py" line="41" />
        <source>Test accuracy</source>
        <translation>Exactitude (test)</translation>
    </message>
    <message>
        <location filename="../compare_table.py" line="42" />
        <source>Epochs to threshold</source>
        <translation>Époques jusqu'au seuil</translation>
    </message>
    <message>
        <location filename="../compare_table.py" line="43" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../compare_table.py" line="71" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>ComponentEditor</name>
    <message>
        <location filename="../panels/component_editor.py" line="136" />
        <source>Explain the selected choice</source>
        <translation>Expliquer le choix sélectionné</translation>
    </message>
    <message>
        <location filename="../panels/component_editor.py" line="316" />
        <source>Choose an entry</source>
        <translation>Choisir une entrée</translation>
    </message>
</context>
<context>
    <name>DataEditor</name>
    <message>
        <location filename="../panels/data_editor.py" line="48" />
        <source>Edit data</source>
        <extracomment>A press within this many pixels of a point grabs it (drag), else a click adds one.</extracomment>
        <translation>Éditer</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="49" />
        <location filename="../panels/data_editor.py" line="201" />
        <source>Edit the data on the plot: click adds a point, right-click deletes the nearest one, drag moves one (while training is paused)</source>
        <translation>Modifier les données sur le graphique : un clic ajoute un point, un clic droit supprime le plus proche, un glisser en déplace un (entraînement en pause)</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="51" />
        <source>Edit data mode</source>
        <translation>Mode de modification des données</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="52" />
        <location filename="../panels/data_editor.py" line="158" />
        <source>Draw data</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="53" />
        <location filename="../panels/data_editor.py" line="204" />
        <source>Start from an empty plane and place every point yourself</source>
        <translation>Partir d'un plan vide et placer chaque point vous-même</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="54" />
        <source>Draw data from an empty plane</source>
        <translation>Dessiner les données sur un plan vide</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="57" />
        <source>The class of the points a click adds</source>
        <translation>La classe des points ajoutés par un clic</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="58" />
        <source>Class of new points</source>
        <translation>Classe des nouveaux points</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="63" />
        <source>The target value of the points a click adds</source>
        <translation>La valeur cible des points ajoutés par un clic</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="64" />
        <source>Target of new points</source>
        <translation>Cible des nouveaux points</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="65" />
        <source>Which points move this weight</source>
        <translation>Quels points font bouger ce poids</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="68" />
        <source>With a weight selected, draw each training point's share of the gradient ∂L/∂w: green pushes the weight up, red down, larger = harder</source>
        <translation>Avec un poids choisi, dessiner la part de chaque point d'entraînement dans le gradient ∂L/∂w : vert pousse le poids vers le haut, rouge vers le bas, plus gros = plus fort</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="71" />
        <source>Show which points move this weight</source>
        <translation>Montrer quels points font bouger ce poids</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="127" />
        <source>Add a point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="133" />
        <source>Delete a point</source>
        <translation>Supprimer un point</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="136" />
        <source>Move a point</source>
        <translation>Déplacer un point</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="186" />
        <source>Class {0}</source>
        <translation>Classe {0}</translation>
    </message>
    <message>
        <location filename="../panels/data_editor.py" line="196" />
        <source>Pause training to edit the data.</source>
        <translation>Mettez l'entraînement en pause pour modifier les données.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../panels/data.py" line="92" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="95" />
        <source>Which toy dataset to learn</source>
        <translation>Le jeu de données d'exemple à apprendre</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="97" />
        <source>Number of classes (blobs)</source>
        <translation>Nombre de classes (amas)</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="103" />
        <source>Label noise</source>
        <translation>Bruit sur les étiquettes</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="105" />
        <source>Number of points (train + test)</source>
        <translation>Nombre de points (entraînement + test)</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="109" />
        <source>Share of points used for training</source>
        <translation>Part des points utilisée pour l'entraînement</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="111" />
        <source>Seed of the data</source>
        <translation>Graine des données</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="113" />
        <source>New data</source>
        <translation>Nouvelles données</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="113" />
        <source>Draw new points (seed + 1)</source>
        <translation>Tirer de nouveaux points (graine + 1)</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="118" />
        <source>The points, coloured by class or target</source>
        <translation>Les points, colorés selon leur classe ou leur cible</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="121" />
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="122" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="123" />
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="124" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="125" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="129" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="141" />
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="142" />
        <source>Load your own points: columns x1, x2, label</source>
        <translation>Charger vos propres points : colonnes x1, x2, label</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="145" />
        <source>Use generated data</source>
        <translation>Utiliser les données générées</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="146" />
        <source>Leave the CSV file and go back to the generated dataset</source>
        <translation>Quitter le fichier CSV et revenir au jeu de données généré</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="157" />
        <source>Input features</source>
        <translation>Caractéristiques d'entrée</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="164" />
        <source>Feed %1 to the network</source>
        <translation>Fournir %1 au réseau</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="178" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="179" />
        <source>Regression</source>
        <translation>Régression</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="237" />
        <source>CSV: %1</source>
        <translation>CSV : %1</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="282" />
        <source>Import CSV data</source>
        <translation>Importer des données CSV</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="282" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../panels/data.py" line="301" />
        <source>The network needs at least one input feature.</source>
        <translation>Le réseau a besoin d'au moins une caractéristique d'entrée.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../panels/diagnostics.py" line="91" />
        <source>Dead: ReLU units that output 0 for every point. Saturated: sigmoid/tanh units whose slope is almost 0 for most points. Symmetry: 1.00 means two units of the layer are identical.</source>
        <translation>Morts : neurones ReLU qui produisent 0 pour chaque point. Saturés : neurones sigmoid/tanh dont la pente est presque nulle pour la plupart des points. Symétrie : 1,00 signifie que deux neurones de la couche sont identiques.</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="101" />
        <source>One column per layer. Top: the layer's activations. Bottom: the gradient dL/dz reaching it. Columns that shrink from left to right mean the signal vanishes through depth.</source>
        <translation>Une colonne par couche. En haut : les activations de la couche. En bas : le gradient dL/dz qui lui parvient. Des colonnes qui rétrécissent de gauche à droite signifient que le signal s'éteint avec la profondeur.</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="110" />
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="78" />
        <location filename="../panels/diagnostics.py" line="111" />
        <source>‖gradient‖</source>
        <translation>‖gradient‖</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="68" />
        <source>Press Play or Step to see each layer's activations and gradients, and which units are dead or saturated.</source>
        <extracomment>Dark, distinct colours for the per-layer gradient curves (≥ 3:1 on white). Minimum useful heights (px): the table shows its header and three rows; the plots keep room for their axes and a readable histogram. The dock scrolls rather than squash them.</extracomment>
        <translation>Appuyez sur Lancer ou Une époque pour voir les activations et les gradients de chaque couche, et quels neurones sont morts ou saturés.</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="77" />
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="77" />
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="77" />
        <source>Dead</source>
        <translation>Morts</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="78" />
        <source>Saturated</source>
        <translation>Saturés</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="78" />
        <source>Symmetry</source>
        <translation>Symétrie</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="88" />
        <source>Diagnostics per layer</source>
        <translation>Diagnostics par couche</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="113" />
        <source>Each layer's gradient norm over time (log scale).</source>
        <translation>La norme du gradient de chaque couche au fil du temps (échelle logarithmique).</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="139" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="139" />
        <source>Hidden %1</source>
        <translation>Cachée %1</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="169" />
        <source>activations</source>
        <translation>activations</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="170" />
        <source>gradients</source>
        <translation>gradients</translation>
    </message>
    <message>
        <location filename="../panels/diagnostics.py" line="255" />
        <source>Identical units in %1 (symmetry 1.00): they get the same updates and will never learn different things. Start from random weights.</source>
        <translation>Neurones identiques dans %1 (symétrie 1,00) : ils reçoivent les mêmes mises à jour et n'apprendront jamais des choses différentes. Partez de poids aléatoires.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../document.py" line="142" />
        <source>Untitled</source>
        <extracomment>Networks with more parameters than this are written off the GUI thread: measured, a 16 x 256 network (about a million numbers) took 9-10 s to write; 20,000 take &lt; 0.1 s. Multiply-adds of the view snapshot after a weight edited by hand (1/16 of the worker's): full detail up to ~3,500 parameters, a coarser grid and probe above. Epochs per second at most (None: as fast as possible). A setting of the window, not of the preset: it survives loads, edits and resets. Checks a config must pass before anything changes (the panels' check_config: a value a widget cannot show is refused, never clamped). The lesson whose preset is open (None once another network is loaded). Undo and redo of hand edits (weights, data points).</extracomment>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../document.py" line="341" />
        <source>A weight must be a finite number.</source>
        <translation>Un poids doit être un nombre fini.</translation>
    </message>
    <message>
        <location filename="../document.py" line="365" />
        <source>Edit data</source>
        <translation>Éditer</translation>
    </message>
    <message>
        <location filename="../undo.py" line="23" />
        <source>Change %1</source>
        <extracomment>Command ids for QUndoCommand.mergeWith: a slider drag or a wheel turn on one parameter is one undo step, not one per pixel.</extracomment>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../actions/edit.py" line="17" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../actions/edit.py" line="18" />
        <source>Undo the last change of a weight or of the data</source>
        <translation>Annuler la dernière modification d'un poids ou des données</translation>
    </message>
    <message>
        <location filename="../actions/edit.py" line="20" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../actions/edit.py" line="21" />
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification qui vient d'être annulée</translation>
    </message>
</context>
<context>
    <name>ExplanationStrip</name>
    <message>
        <location filename="../panels/explanation.py" line="64" />
        <source>What is happening now</source>
        <extracomment>Seconds between two explanations (≤ 1 Hz).</extracomment>
        <translation>Ce qui se passe maintenant</translation>
    </message>
    <message>
        <location filename="../panels/explanation.py" line="69" />
        <source>Try this</source>
        <translation>Essayez ceci</translation>
    </message>
    <message>
        <location filename="../panels/explanation.py" line="71" />
        <source>Try the suggested fix</source>
        <translation>Essayer le remède proposé</translation>
    </message>
    <message>
        <location filename="../panels/explanation.py" line="72" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../panels/explanation.py" line="74" />
        <source>Go back to the settings before the fix</source>
        <translation>Revenir aux réglages d'avant le remède</translation>
    </message>
    <message>
        <location filename="../panels/explanation.py" line="75" />
        <source>Undo the fix</source>
        <translation>Annuler le remède</translation>
    </message>
    <message>
        <location filename="../panels/explanation.py" line="186" />
        <source>Nothing to report: no layer is mostly dead or saturated, and the loss moves.</source>
        <translation>Rien à signaler : aucune couche n'est en majorité morte ou saturée, et la perte bouge.</translation>
    </message>
    <message>
        <location filename="../panels/explanation.py" line="191" />
        <source>The live explanations watch for saturated, dead or identical units, plateaus, divergence, overfitting and vanishing gradients</source>
        <translation>Les explications en direct guettent les neurones saturés, morts ou identiques, les plateaux, la divergence, le surapprentissage et l'évanouissement du gradient</translation>
    </message>
    <message>
        <location filename="../panels/explanation.py" line="197" />
        <source>Nothing to fix now</source>
        <translation>Rien à corriger pour l'instant</translation>
    </message>
    <message>
        <location filename="../panels/explanation.py" line="204" />
        <source>(+%1 more: see the tooltip)</source>
        <translation>(+%1 autre(s) : voir l'infobulle)</translation>
    </message>
    <message>
        <location filename="../panels/explanation.py" line="206" />
        <source>Try this: %1</source>
        <translation>Essayez : %1</translation>
    </message>
    <message>
        <location filename="../panels/explanation.py" line="216" />
        <source>Apply the standard fix (%1); Undo goes back</source>
        <translation>Appliquer le remède habituel (%1) ; Annuler revient en arrière</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../actions/export.py" line="59" />
        <source>Export loss plot…</source>
        <translation>Exporter la courbe de perte…</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="60" />
        <source>Export history as CSV…</source>
        <translation>Exporter l'historique en CSV…</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="63" />
        <source>Export decision boundary…</source>
        <translation>Exporter la frontière de décision…</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="69" />
        <source>Export activation plot…</source>
        <translation>Exporter le graphique d'activation…</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="75" />
        <source>Export network view…</source>
        <translation>Exporter la vue du réseau…</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="80" />
        <source>Write a file; the format follows the chosen file type</source>
        <translation>Écrire un fichier ; le format suit le type de fichier choisi</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="83" />
        <source>Copy image</source>
        <translation>Copier l'image</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="85" />
        <source>Put a figure on the clipboard as an image</source>
        <translation>Copier une figure dans le presse-papiers sous forme d'image</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="87" />
        <source>Side by side figure</source>
        <translation>Figure côte à côte</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="88" />
        <source>Loss plot</source>
        <translation>Courbe de perte</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="89" />
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="90" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="91" />
        <source>Activation of a layer</source>
        <translation>Activation d'une couche</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="94" />
        <source>Put the figure on the clipboard (1600 × 1000 pixels), to paste into a slide</source>
        <translation>Copier la figure dans le presse-papiers (1600 × 1000 pixels), pour la coller dans une diapositive</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="110" />
        <location filename="../actions/export.py" line="229" />
        <source>Export figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="119" />
        <source>Export loss plot</source>
        <translation>Exporter la courbe de perte</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="129" />
        <source>Export decision boundary</source>
        <translation>Exporter la frontière de décision</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="149" />
        <source>Export activation plot</source>
        <translation>Exporter le graphique d'activation</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="139" />
        <source>Export network view</source>
        <translation>Exporter la vue du réseau</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="52" />
        <source>Export figure…</source>
        <translation>Exporter la figure…</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="55" />
        <source>Write one image with the boundary, the loss and the network side by side, for a slide</source>
        <translation>Écrire une image avec la frontière, la perte et le réseau côte à côte, pour une diapositive</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="159" />
        <source>Could not copy the image</source>
        <translation>Impossible de copier l'image</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="163" />
        <source>Copied the image (%1 × %2 pixels)</source>
        <translation>Image copiée (%1 × %2 pixels)</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="227" />
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="227" />
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="241" />
        <source>Export history as CSV</source>
        <translation>Exporter l'historique en CSV</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="242" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="252" />
        <source>Could not export the history</source>
        <translation>Impossible d'exporter l'historique</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="205" />
        <location filename="../actions/export.py" line="254" />
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location filename="../actions/export.py" line="203" />
        <source>Could not export</source>
        <translation>Impossible d'exporter</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="52" />
        <source>Export figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="55" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="56" />
        <source>Which figure to write</source>
        <translation>Quelle figure écrire</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="58" />
        <source>Side by side: boundary, loss and network</source>
        <translation>Côte à côte : frontière, perte et réseau</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="59" />
        <source>Loss curves</source>
        <translation>Courbes de perte</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="60" />
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="61" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="62" />
        <source>Activation of a layer</source>
        <translation>Activation d'une couche</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="67" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="68" />
        <source>Size of the image in pixels</source>
        <translation>Taille de l'image en pixels</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="70" />
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation>Diapositive 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="71" />
        <source>Default (1600 × 1000)</source>
        <translation>Par défaut (1600 × 1000)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="72" />
        <source>Square (1200 × 1200)</source>
        <translation>Carré (1200 × 1200)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="73" />
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="77" />
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="77" />
        <source>Width of the image in pixels</source>
        <translation>Largeur de l'image en pixels</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="80" />
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="80" />
        <source>Height of the image in pixels</source>
        <translation>Hauteur de l'image en pixels</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="84" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="85" />
        <source>PNG for slides and documents, SVG to edit or scale without blur</source>
        <translation>PNG pour les diapositives et les documents, SVG pour modifier ou agrandir sans flou</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="86" />
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="86" />
        <source>SVG image</source>
        <translation>Image SVG</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="92" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="93" />
        <source>Drawn above the figure; leave it empty for no title</source>
        <translation>Affiché au-dessus de la figure ; laisser vide pour ne pas mettre de titre</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="95" />
        <location filename="../export_dialog.py" line="99" />
        <source>Show the accuracy</source>
        <translation>Afficher l'exactitude</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="100" />
        <source>Add the accuracy curves to the loss (right-hand axis)</source>
        <translation>Ajouter les courbes d'exactitude à la perte (axe de droite)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="109" />
        <source>Export or cancel</source>
        <translation>Exporter ou annuler</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="110" />
        <source>Save chooses the file next</source>
        <translation>Enregistrer choisit ensuite le fichier</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="177" />
        <source>&amp;Figure:</source>
        <translation>&amp;Figure :</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="178" />
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="185" />
        <source>Width × height:</source>
        <translation>Largeur × hauteur :</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="186" />
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="187" />
        <source>&amp;Title:</source>
        <translation>Ti&amp;tre :</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <location filename="../../figures/style.py" line="21" />
        <source>epoch</source>
        <extracomment>Every text a figure draws, marked for tools/update_translations.py.</extracomment>
        <translation>époque</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="22" />
        <source>epoch %1 · train loss %2 · test loss %3</source>
        <translation>époque %1 · perte d'entraînement %2 · perte de test %3</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="23" />
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="24" />
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="25" />
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="26" />
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="27" />
        <source>train accuracy</source>
        <translation>exactitude (entraînement)</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="28" />
        <source>test accuracy</source>
        <translation>exactitude (test)</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="29" />
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="30" />
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="31" />
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="32" />
        <source>hidden %1</source>
        <translation>cachée %1</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="33" />
        <source>w &gt; 0</source>
        <translation>w &gt; 0</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="34" />
        <source>w &lt; 0</source>
        <translation>w &lt; 0</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="35" />
        <source>width ∝ |w|</source>
        <translation>largeur ∝ |w|</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="36" />
        <source>(%1 shown)</source>
        <translation>(%1 affichés)</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="37" />
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="38" />
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="39" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="40" />
        <source>z on the training points</source>
        <translation>z sur les points d'entraînement</translation>
    </message>
    <message>
        <location filename="../../figures/style.py" line="41" />
        <source>pre-activation z</source>
        <translation>pré-activation z</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../actions/file.py" line="38" />
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="39" />
        <source>Start again from the default circle preset</source>
        <translation>Repartir du préréglage par défaut (cercle)</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="40" />
        <source>&amp;Open preset…</source>
        <translation>&amp;Ouvrir un préréglage…</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="41" />
        <source>Open a preset file (.json)</source>
        <translation>Ouvrir un fichier de préréglage (.json)</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="42" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="46" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="47" />
        <source>Save the network, its settings and its trained weights</source>
        <translation>Enregistrer le réseau, ses réglages et ses poids entraînés</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="48" />
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="49" />
        <source>Save to a new preset file</source>
        <translation>Enregistrer dans un nouveau fichier de préréglage</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="50" />
        <source>&amp;Bundled presets</source>
        <translation>Préréglages &amp;fournis</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="52" />
        <source>Open r&amp;un…</source>
        <translation>Ouvrir un r&amp;un…</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="53" />
        <source>Open a run file (.nnrun) with its timeline and forks</source>
        <translation>Ouvrir un fichier de run (.nnrun) avec sa chronologie et ses bifurcations</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="54" />
        <source>Save ru&amp;n…</source>
        <translation>Enregistrer le ru&amp;n…</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="55" />
        <source>Save the run with its timeline and forks (.nnrun)</source>
        <translation>Enregistrer le run avec sa chronologie et ses bifurcations (.nnrun)</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="67" />
        <source>Open the bundled preset “%1”</source>
        <translation>Ouvrir le préréglage fourni « %1 »</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="80" />
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="83" />
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="104" />
        <source>Open preset</source>
        <translation>Ouvrir un préréglage</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="105" />
        <location filename="../actions/file.py" line="184" />
        <source>nnplayground presets (*.json);;All files (*)</source>
        <translation>Préréglages nnplayground (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="114" />
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="115" />
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 n'existe plus ; il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="125" />
        <source>Could not open the preset</source>
        <translation>Impossible d'ouvrir le préréglage</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="147" />
        <source>Open run</source>
        <translation>Ouvrir un run</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="147" />
        <location filename="../actions/file.py" line="159" />
        <source>nnplayground runs (*.nnrun);;All files (*)</source>
        <translation>Runs nnplayground (*.nnrun);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="154" />
        <source>Could not open the run</source>
        <translation>Impossible d'ouvrir le run</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="159" />
        <source>Save run</source>
        <translation>Enregistrer le run</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="169" />
        <source>Could not save the run</source>
        <translation>Impossible d'enregistrer le run</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="183" />
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="199" />
        <source>A save is still being written; try again.</source>
        <translation>Un enregistrement est encore en cours ; réessayez.</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="204" />
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="219" />
        <source>Could not save the preset</source>
        <translation>Impossible d'enregistrer le préréglage</translation>
    </message>
    <message>
        <location filename="../actions/file.py" line="171" />
        <location filename="../actions/file.py" line="215" />
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>ForkDialog</name>
    <message>
        <location filename="../fork_dialog.py" line="60" />
        <source>Continue from epoch %1</source>
        <translation>Continuer depuis l'époque %1</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="65" />
        <source>Change one or more settings; the fork trains from epoch %1's weights with the same batches.</source>
        <translation>Changez un ou plusieurs réglages ; la bifurcation s'entraîne à partir des poids de l'époque %1 avec les mêmes lots.</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="74" />
        <source>Layer %1 activation</source>
        <translation>Fonction d'activation de la couche %1</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="80" />
        <source>The activation of this hidden layer</source>
        <translation>La fonction d'activation de cette couche cachée</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="90" />
        <source>The step size from here on</source>
        <translation>La taille du pas à partir d'ici</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="91" />
        <location filename="../fork_dialog.py" line="93" />
        <source>Learning rate</source>
        <translation>Taux d'apprentissage</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="99" />
        <source>How the weights are updated (a new optimizer starts with fresh momentum)</source>
        <translation>Comment les poids sont mis à jour (un nouvel optimiseur repart d'un moment nul)</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="100" />
        <location filename="../fork_dialog.py" line="102" />
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="109" />
        <source>What training minimizes</source>
        <translation>Ce que l'entraînement minimise</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="110" />
        <location filename="../fork_dialog.py" line="112" />
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="118" />
        <source>A penalty on large weights</source>
        <translation>Une pénalité sur les grands poids</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="119" />
        <location filename="../fork_dialog.py" line="121" />
        <source>Regularization</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="126" />
        <source>How strong the penalty is</source>
        <translation>La force de la pénalité</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="127" />
        <location filename="../fork_dialog.py" line="129" />
        <source>Regularization rate</source>
        <translation>Taux de régularisation</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="135" />
        <location filename="../fork_dialog.py" line="138" />
        <source>Fork and train</source>
        <translation>Bifurquer et entraîner</translation>
    </message>
    <message>
        <location filename="../fork_dialog.py" line="137" />
        <source>Make the fork and show it; Play trains it</source>
        <translation>Créer la bifurcation et l'afficher ; Lancer l'entraîne</translation>
    </message>
</context>
<context>
    <name>ForksPanel</name>
    <message>
        <location filename="../panels/forks.py" line="57" />
        <source>The main run and its forks, with what each changed</source>
        <translation>Le run principal et ses bifurcations, avec ce que chacune a changé</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="58" />
        <source>Forks</source>
        <translation>Bifurcations</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="65" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="66" />
        <source>Show this branch; Play trains it</source>
        <translation>Afficher cette branche ; Lancer l'entraîne</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="72" />
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="73" />
        <source>Mark this fork as one to keep</source>
        <translation>Marquer cette bifurcation comme à conserver</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="76" />
        <source>Drop</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="76" />
        <source>Remove this fork</source>
        <translation>Supprimer cette bifurcation</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="80" />
        <source>Make main</source>
        <translation>Rendre principal</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="81" />
        <source>Make this fork the main run</source>
        <translation>Faire de cette bifurcation le run principal</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="114" />
        <source>Cannot fork</source>
        <translation>Impossible de bifurquer</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="117" />
        <source>%1 from epoch %2: press Play to train it</source>
        <translation>%1 depuis l'époque %2 : appuyez sur Lancer pour l'entraîner</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="154" />
        <source>main run</source>
        <translation>run principal</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="156" />
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="157" />
        <source>%1 at epoch %2: %3</source>
        <translation>%1 à l'époque %2 : %3</translation>
    </message>
    <message>
        <location filename="../panels/forks.py" line="160" />
        <source>(kept)</source>
        <translation>(conservée)</translation>
    </message>
</context>
<context>
    <name>GradientNetworkPlot</name>
    <message>
        <location filename="../plots/gradient_network.py" line="47" />
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <location filename="../plots/gradient_network.py" line="49" />
        <source>width |∂L/∂w|, colour δ</source>
        <translation>épaisseur |∂L/∂w|, couleur δ</translation>
    </message>
    <message>
        <location filename="../plots/gradient_network.py" line="113" />
        <source>in</source>
        <translation>entrée</translation>
    </message>
</context>
<context>
    <name>LandscapePanel</name>
    <message>
        <location filename="../panels/landscape.py" line="81" />
        <source>Which layer's weights (W) or biases (b) the 1-D slice moves</source>
        <extracomment>The recorded path is thinned (every other point dropped) beyond this many points. Losses offered by the switch, per task (the training loss is always offered too).</extracomment>
        <translation>Choisir la couche dont la coupe 1-D fait varier un poids (W) ou un biais (b)</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="82" />
        <source>Layer of the parameter</source>
        <translation>Couche du paramètre</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="87" />
        <source>Row of the weight: the input unit the link comes from</source>
        <translation>Ligne du poids : le neurone d'entrée d'où part la liaison</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="88" />
        <source>Input unit</source>
        <translation>Neurone d'entrée</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="93" />
        <source>Column: the unit the link goes to</source>
        <translation>Colonne : le neurone où arrive la liaison</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="94" />
        <source>Unit</source>
        <translation>Neurone</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="99" />
        <source>The loss drawn: switch it to see another shape on the same weights</source>
        <translation>La perte dessinée : la changer pour voir une autre forme sur les mêmes poids</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="100" />
        <source>Loss drawn</source>
        <translation>Perte dessinée</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="106" />
        <source>The plane of the 2-D slice: two random filter-normalised directions, or the two main directions of the training path (PCA)</source>
        <translation>Le plan de la coupe 2-D : deux directions aléatoires normalisées par filtre, ou les deux directions principales du chemin d'entraînement (ACP)</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="109" />
        <source>Directions of the plane</source>
        <translation>Directions du plan</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="111" />
        <source>Random</source>
        <translation>Aléatoires</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="112" />
        <source>PCA of the path</source>
        <translation>ACP du chemin</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="114" />
        <source>Reseed</source>
        <translation>Nouveau tirage</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="116" />
        <source>Draw two other random directions</source>
        <translation>Tirer deux autres directions aléatoires</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="117" />
        <source>Reseed the random directions</source>
        <translation>Retirer les directions aléatoires</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="125" />
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="129" />
        <source>Plane</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="142" />
        <source>The loss as the chosen parameter alone moves; dashed: its tangent, whose slope is the backprop gradient</source>
        <translation>La perte quand seul le paramètre choisi varie ; en pointillé : sa tangente, dont la pente est le gradient de la rétropropagation</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="148" />
        <source>The loss over a plane through the current weights (red dot), with the training path</source>
        <translation>La perte sur un plan passant par les poids actuels (point rouge), avec le chemin de l'entraînement</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="372" />
        <source>%1 = %2 · loss %3 · slope ∂L/∂w = %4 · next SGD step (η = %5) → %6</source>
        <translation>%1 = %2 · perte %3 · pente ∂L/∂w = %4 · prochain pas de SGD (η = %5) → %6</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="386" />
        <source>PCA needs a few recorded epochs: press Play.</source>
        <translation>L'ACP a besoin de quelques époques enregistrées : appuyez sur Lancer.</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="390" />
        <source>The next step is plain gradient descent on the whole training set at the current learning rate η: w − η·∂L/∂w. The 2-D slice took %1 ms.</source>
        <translation>Le prochain pas est une descente de gradient simple sur tout le jeu d'entraînement, au taux d'apprentissage actuel η : w − η·∂L/∂w. La coupe 2-D a pris %1 ms.</translation>
    </message>
    <message>
        <location filename="../panels/landscape.py" line="396" />
        <source>Could not compute the landscape: %1</source>
        <translation>Impossible de calculer le paysage : %1</translation>
    </message>
</context>
<context>
    <name>LandscapePlots</name>
    <message>
        <location filename="../plots/landscape.py" line="39" />
        <source>loss (training set)</source>
        <extracomment>Contour lines drawn over the heatmap (levels spread over log10 of the loss).</extracomment>
        <translation>perte (jeu d'entraînement)</translation>
    </message>
    <message>
        <location filename="../plots/landscape.py" line="40" />
        <source>parameter value</source>
        <translation>valeur du paramètre</translation>
    </message>
    <message>
        <location filename="../plots/landscape.py" line="46" />
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../plots/landscape.py" line="47" />
        <source>tangent</source>
        <translation>tangente</translation>
    </message>
    <message>
        <location filename="../plots/landscape.py" line="48" />
        <location filename="../plots/landscape.py" line="106" />
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../plots/landscape.py" line="49" />
        <source>after one SGD step</source>
        <translation>après un pas de SGD</translation>
    </message>
    <message>
        <location filename="../plots/landscape.py" line="107" />
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <location filename="../plots/landscape.py" line="108" />
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location filename="../plots/landscape.py" line="113" />
        <source>direction 1</source>
        <translation>direction 1</translation>
    </message>
    <message>
        <location filename="../plots/landscape.py" line="114" />
        <source>direction 2</source>
        <translation>direction 2</translation>
    </message>
    <message>
        <location filename="../plots/landscape.py" line="123" />
        <source>log₁₀ loss</source>
        <translation>log₁₀ de la perte</translation>
    </message>
</context>
<context>
    <name>LayerEditor</name>
    <message>
        <location filename="../panels/layer_editor.py" line="67" />
        <source>Activation function of this layer</source>
        <translation>Fonction d'activation de cette couche</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="73" />
        <source>How this layer's weights start</source>
        <translation>Comment démarrent les poids de cette couche</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="84" />
        <source>Show the parameters, the bias initializer and the reorder buttons</source>
        <translation>Afficher les paramètres, l'initialisation des biais et les boutons de déplacement</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="86" />
        <source>Layer details</source>
        <translation>Détails de la couche</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="92" />
        <source>Dead / saturated units measured during training</source>
        <translation>Neurones morts / saturés mesurés pendant l'entraînement</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="104" />
        <source>Number of neurons in this layer (1 to 256)</source>
        <translation>Nombre de neurones de cette couche (1 à 256)</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="106" />
        <source>Units</source>
        <translation>Neurones</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="118" />
        <source>Move this layer up</source>
        <translation>Monter cette couche</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="119" />
        <source>Move this layer down</source>
        <translation>Descendre cette couche</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="120" />
        <source>Remove this layer</source>
        <translation>Retirer cette couche</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="204" />
        <source>&lt;b&gt;Out&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sortie&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="205" />
        <source>The output layer</source>
        <translation>La couche de sortie</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="206" />
        <source>Output layer</source>
        <translation>Couche de sortie</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="209" />
        <source>&lt;b&gt;L%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;C%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="210" />
        <source>Hidden layer %1</source>
        <translation>Couche cachée %1</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="69" />
        <location filename="../panels/layer_editor.py" line="158" />
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="70" />
        <location filename="../panels/layer_editor.py" line="159" />
        <source>Weights init</source>
        <translation>Init. des poids</translation>
    </message>
    <message>
        <location filename="../panels/layer_editor.py" line="71" />
        <location filename="../panels/layer_editor.py" line="165" />
        <source>Bias init</source>
        <translation>Init. des biais</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <location filename="../actions/tools.py" line="142" />
        <source>Load this lesson's network and data, and show its text</source>
        <translation>Charger le réseau et les données de cette leçon, et afficher son texte</translation>
    </message>
    <message>
        <location filename="../actions/tools.py" line="157" />
        <source>Lesson loaded: press Play</source>
        <translation>Leçon chargée : appuyez sur Lancer</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../panels/lessons.py" line="53" />
        <source>Choose a lesson; its network and data are loaded.</source>
        <translation>Choisir une leçon ; son réseau et ses données sont chargés.</translation>
    </message>
    <message>
        <location filename="../panels/lessons.py" line="56" />
        <source>Start this lesson</source>
        <translation>Commencer cette leçon</translation>
    </message>
    <message>
        <location filename="../panels/lessons.py" line="59" />
        <source>Load the lesson's network and data (unsaved changes are asked about first).</source>
        <translation>Charger le réseau et les données de la leçon (les modifications non enregistrées sont d'abord signalées).</translation>
    </message>
    <message>
        <location filename="../panels/lessons.py" line="65" />
        <source>What to look at</source>
        <translation>Ce qu'il faut regarder</translation>
    </message>
    <message>
        <location filename="../panels/lessons.py" line="66" />
        <source>What to change</source>
        <translation>Ce qu'il faut changer</translation>
    </message>
    <message>
        <location filename="../panels/lessons.py" line="67" />
        <source>What you will see</source>
        <translation>Ce que vous allez voir</translation>
    </message>
    <message>
        <location filename="../panels/lessons.py" line="76" />
        <source>Try this</source>
        <translation>Essayez ceci</translation>
    </message>
    <message>
        <location filename="../panels/lessons.py" line="86" />
        <source>Stacked linear layers multiply out to this one map.</source>
        <translation>Les couches linéaires empilées se multiplient en cette seule application.</translation>
    </message>
    <message>
        <location filename="../panels/lessons.py" line="149" />
        <source>The whole network is one linear map:</source>
        <translation>Le réseau entier est une seule application linéaire :</translation>
    </message>
</context>
<context>
    <name>LiveViews</name>
    <message>
        <location filename="../live_views.py" line="97" />
        <source>Not applied: %1</source>
        <extracomment>A past epoch is shown (the timeline scrubber): live pictures wait in _held.</extracomment>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <location filename="../live_views.py" line="151" />
        <source>Idle</source>
        <translation>À l'arrêt</translation>
    </message>
    <message>
        <location filename="../live_views.py" line="151" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../live_views.py" line="152" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../live_views.py" line="164" />
        <source>Training stopped by an error: %1</source>
        <translation>Entraînement interrompu par une erreur : %1</translation>
    </message>
    <message>
        <location filename="../live_views.py" line="170" />
        <source>Stopped at the epoch limit (%1); raise it in Training to go on.</source>
        <translation>Arrêt à la limite d'époques (%1) ; augmentez-la dans Entraînement pour continuer.</translation>
    </message>
    <message>
        <location filename="../live_views.py" line="171" />
        <source>Reached the target loss at epoch %1.</source>
        <translation>Perte visée atteinte à l'époque %1.</translation>
    </message>
    <message>
        <location filename="../live_views.py" line="172" />
        <source>Stopped at epoch %1: the test loss stopped improving.</source>
        <translation>Arrêt à l'époque %1 : la perte de test ne s'améliorait plus.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../plots/loss.py" line="147" />
        <source>Loss on the training and test sets after each epoch.</source>
        <translation>Perte sur les jeux d'entraînement et de test après chaque époque.</translation>
    </message>
    <message>
        <location filename="../plots/loss.py" line="155" />
        <source>Lower is better. A gap between train and test means overfitting.</source>
        <translation>Plus bas, c'est mieux. Un écart entre entraînement et test signale un surapprentissage.</translation>
    </message>
    <message>
        <location filename="../plots/loss.py" line="158" />
        <location filename="../plots/loss.py" line="195" />
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <location filename="../plots/loss.py" line="159" />
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../plots/loss.py" line="172" />
        <location filename="../plots/loss.py" line="202" />
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../plots/loss.py" line="175" />
        <location filename="../plots/loss.py" line="205" />
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../plots/loss.py" line="193" />
        <source>Share of points classified correctly.</source>
        <translation>Part des points correctement classés.</translation>
    </message>
    <message>
        <location filename="../plots/loss.py" line="196" />
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location filename="../plots/loss.py" line="210" />
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <location filename="../plots/loss.py" line="213" />
        <source>Show the loss on a logarithmic axis, where slow late progress stays visible.</source>
        <translation>Afficher la perte sur un axe logarithmique, où les lents progrès de fin restent visibles.</translation>
    </message>
    <message>
        <location filename="../plots/loss.py" line="216" />
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location filename="../plots/loss.py" line="218" />
        <source>Also show the accuracy (classification only).</source>
        <translation>Afficher aussi l'exactitude (classification uniquement).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="39" />
        <source>What the trainer is doing</source>
        <translation>Ce que fait l'entraînement en ce moment</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111" />
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112" />
        <source>Layers, units, activations and initializers</source>
        <translation>Couches, neurones, fonctions d'activation et initialisations</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113" />
        <source>The points to learn from</source>
        <translation>Les points à apprendre</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115" />
        <source>Loss, optimizer, stop rules; play, step and reset</source>
        <translation>Fonction de perte, optimiseur, critères d'arrêt ; lancer, avancer d'une époque, réinitialiser</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116" />
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117" />
        <source>What the network predicts over the plane</source>
        <translation>Ce que le réseau prédit sur tout le plan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118" />
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119" />
        <source>Train and test loss per epoch; the timeline under it rewinds the run</source>
        <translation>Perte d'entraînement et de test à chaque époque ; la chronologie en dessous rembobine le run</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120" />
        <source>What is happening</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121" />
        <source>One line on what the run is doing now and why, with a fix to try</source>
        <translation>Une ligne sur ce que fait l'entraînement et pourquoi, avec un remède à essayer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122" />
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123" />
        <source>A layer's activation, its derivative and its real pre-activations</source>
        <translation>La fonction d'activation d'une couche, sa dérivée et ses pré-activations réelles</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124" />
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125" />
        <source>Dead and saturated units, gradient norms per layer</source>
        <translation>Neurones morts et saturés, normes du gradient par couche</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126" />
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127" />
        <source>Guided lessons: what to look at, what to change, what you will see</source>
        <translation>Leçons guidées : ce qu'il faut regarder, ce qu'il faut changer, ce que vous allez voir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128" />
        <source>Init: theory</source>
        <translation>Init. : théorie</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129" />
        <source>The spread of the pre-activations at initialisation per layer, measured and predicted by mean-field theory</source>
        <translation>L'étalement des pré-activations à l'initialisation, couche par couche, mesuré et prédit par la théorie du champ moyen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>Loss landscape</source>
        <translation>Paysage de la perte</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132" />
        <source>The loss around the current weights: one weight, or a plane</source>
        <translation>La perte autour des poids actuels : un seul poids, ou un plan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133" />
        <source>Slow-motion step</source>
        <translation>Pas au ralenti</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134" />
        <source>One mini-batch update, stage by stage: forward, loss, backward, update</source>
        <translation>Une mise à jour sur un mini-lot, étape par étape : propagation, perte, rétropropagation, mise à jour</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135" />
        <source>Forks</source>
        <translation>Bifurcations</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136" />
        <source>The main run and its forks: show, keep, drop or make one the main run</source>
        <translation>Le run principal et ses bifurcations : afficher, conserver, supprimer ou en faire le run principal</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137" />
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138" />
        <source>Change the selected weight or bias by hand while training is paused</source>
        <translation>Modifier à la main le poids ou le biais choisi pendant que l'entraînement est en pause</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="186" />
        <source>Run</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229" />
        <source>Close the app</source>
        <translation>Fermer l'application</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233" />
        <source>&amp;Training</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236" />
        <source>Play / Pause</source>
        <translation>Lancer / Pause</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237" />
        <source>Start or pause training (Space)</source>
        <translation>Démarrer ou mettre en pause l'entraînement (Espace)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238" />
        <source>Step one epoch</source>
        <translation>Avancer d'une époque</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239" />
        <source>Train exactly one epoch</source>
        <translation>Entraîner exactement une époque</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240" />
        <source>Step one batch, slowly</source>
        <translation>Un lot, au ralenti</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241" />
        <source>Walk through one mini-batch update stage by stage</source>
        <translation>Parcourir étape par étape une mise à jour sur un mini-lot</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243" />
        <source>Reset weights</source>
        <translation>Réinitialiser les poids</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244" />
        <source>Draw the initial weights again</source>
        <translation>Tirer à nouveau les poids initiaux</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245" />
        <source>T&amp;ools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246" />
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272" />
        <source>New data drawn</source>
        <translation>Nouvelles données tirées</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336" />
        <source>nnplayground — %1[*]</source>
        <translation>nnplayground — %1[*]</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../docks.py" line="75" />
        <source>Show or hide the %1 panel</source>
        <extracomment>objectName → (area, tab partner or None); the order is the View menu's order. Secondary tools start closed, so they take nothing from the main path; the View menu (or the Training menu, or a lesson) opens them as tabs beside the activation plot. Height of the explanation strip (two lines and its buttons) over the activation plot. Height the loss dock keeps at least (its curves, axes, legend row and check boxes). Share of the window's width for the left column and for the output column, and of its height for the plots under the network view; each clamped to a usable range. The output column grows faster than the window: half of every pixel beyond 360.</extracomment>
        <translation>Afficher ou masquer le panneau %1</translation>
    </message>
    <message>
        <location filename="../docks.py" line="170" />
        <source>Restore default layout</source>
        <translation>Rétablir la disposition par défaut</translation>
    </message>
    <message>
        <location filename="../docks.py" line="173" />
        <source>Put every panel back where it was when the app started</source>
        <translation>Remettre chaque panneau à sa place du démarrage de l'application</translation>
    </message>
    <message>
        <location filename="../keyboard.py" line="239" />
        <source>%1: %2</source>
        <extracomment>Controls a user operates; each needs an accessible name. A short caption a panel puts on a control whose tooltip changes with its value (a combo whose tooltip is the chosen entry's help): "Activation" rather than the help text. Set on names this module chose, so they are recomputed (layers renumbered, new tips).</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>MeanFieldPlot</name>
    <message>
        <location filename="../plots/mean_field.py" line="35" />
        <source>Dots: the spread measured on freshly drawn weights; line: the mean-field prediction</source>
        <translation>Points : l'étalement mesuré sur des poids fraîchement tirés ; ligne : la prédiction du champ moyen</translation>
    </message>
    <message>
        <location filename="../plots/mean_field.py" line="42" />
        <source>spread of z at init, √mean(z²)</source>
        <translation>étalement de z à l'init., √moyenne(z²)</translation>
    </message>
    <message>
        <location filename="../plots/mean_field.py" line="43" />
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <location filename="../plots/mean_field.py" line="47" />
        <source>mean-field prediction</source>
        <translation>prédiction du champ moyen</translation>
    </message>
    <message>
        <location filename="../plots/mean_field.py" line="48" />
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <location filename="../plots/mean_field.py" line="78" />
        <source>No prediction for this network: %1</source>
        <translation>Pas de prédiction pour ce réseau : %1</translation>
    </message>
    <message>
        <location filename="../plots/mean_field.py" line="92" />
        <source>Largest gap between theory and measurement: %1 of q = mean z² (narrow layers fluctuate more than the theory says).</source>
        <translation>Plus grand écart entre théorie et mesure : %1 de q = moyenne de z² (les couches étroites fluctuent plus que ne le dit la théorie).</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../plots/network_view.py" line="179" />
        <source>The network: hover a neuron to see what it computes.</source>
        <extracomment>Thumbnails cover at most ±this: squares and products of the features stay finite. (layer, unit) under the mouse, layer 0 = first hidden layer; (-1, -1) on leave. (layer, unit) clicked. (layer, row, col) of the link W[row, col] clicked, layer 0 = first hidden layer.</extracomment>
        <translation>Le réseau : survolez un neurone pour voir ce qu'il calcule.</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="185" />
        <source>Hover a neuron to see what it computes.</source>
        <translation>Survolez un neurone pour voir ce qu'il calcule.</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="192" />
        <source>Links: blue = positive weight, orange = negative, thicker = larger |weight|. Grey cross: dead unit (never active). Red outline: saturated unit.</source>
        <translation>Liens : bleu = poids positif, orange = négatif, plus épais = |poids| plus grand. Croix grise : neurone mort (jamais actif). Contour rouge : neurone saturé.</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="197" />
        <source>How to read the network drawing.</source>
        <translation>Comment lire le dessin du réseau.</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="201" />
        <source>What is left out of the drawing to keep it fast.</source>
        <translation>Ce qui est omis du dessin pour qu'il reste rapide.</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="306" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="308" />
        <source>Output
{0}</source>
        <translation>Sortie
{0}</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="310" />
        <source>H{0}
{1}</source>
        <translation>C{0}
{1}</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="312" />
        <source>Hidden {0}
{1}</source>
        <translation>Cachée {0}
{1}</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="340" />
        <source>Showing the {0:,} strongest of {1:,} links.</source>
        <translation>Affichage des {0:,} liens les plus forts sur {1:,}.</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="344" />
        <source>Neuron pictures are off above {0} hidden units.</source>
        <translation>Les vignettes des neurones sont désactivées au-delà de {0} neurones cachés.</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="409" />
        <source>Output neuron {0}</source>
        <translation>Neurone de sortie {0}</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="410" />
        <source>Neuron {0} of hidden layer {1}</source>
        <translation>Neurone {0} de la couche cachée {1}</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="415" />
        <source>Input feature {0}</source>
        <translation>Caractéristique d'entrée {0}</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="420" />
        <source>bias b = {0:.3g}</source>
        <translation>biais b = {0:.3g}</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="422" />
        <source>Dead: its pre-activation is ≤ 0 for every point.</source>
        <translation>Mort : sa pré-activation est ≤ 0 pour chaque point.</translation>
    </message>
    <message>
        <location filename="../plots/network_view.py" line="424" />
        <source>Saturated: its slope f′ is almost 0 for most points.</source>
        <translation>Saturé : sa pente f′ est presque nulle pour la plupart des points.</translation>
    </message>
</context>
<context>
    <name>NeuronMap</name>
    <message>
        <location filename="../neuron_map.py" line="86" />
        <source>Layer %1, neuron %2</source>
        <translation>Couche %1, neurone %2</translation>
    </message>
    <message>
        <location filename="../neuron_map.py" line="89" />
        <source>(pinned: click it again to release)</source>
        <translation>(épinglé : cliquer de nouveau pour le libérer)</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../presentation.py" line="105" />
        <source>Presentation mode</source>
        <extracomment>The scale of fonts, lines and markers (seaborn's "talk" is 1.5 × "notebook"). Docks that stay in presentation mode: the main path.</extracomment>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <location filename="../presentation.py" line="109" />
        <source>Larger text and lines for a projector; only the main panels stay (F5)</source>
        <translation>Texte et traits plus grands pour un projecteur ; seuls les panneaux principaux restent (F5)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../prompts.py" line="28" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="29" />
        <source>The network has changes that are not saved. Save them first?</source>
        <translation>Le réseau a des modifications non enregistrées. Les enregistrer d'abord ?</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="40" />
        <source>Epoch limit reached</source>
        <translation>Limite d'époques atteinte</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="41" />
        <source>Training stopped at its limit of %1 epochs. Go on without a limit?</source>
        <translation>L'entraînement s'est arrêté à sa limite de %1 époques. Continuer sans limite ?</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../actions/record.py" line="27" />
        <source>Record animation…</source>
        <translation>Enregistrer une animation…</translation>
    </message>
    <message>
        <location filename="../actions/record.py" line="28" />
        <source>Export the run as an animated GIF or MP4, from its timeline</source>
        <translation>Exporter le run en GIF animé ou en MP4, à partir de sa chronologie</translation>
    </message>
    <message>
        <location filename="../actions/record.py" line="30" />
        <source>Record animation… (needs %1)</source>
        <translation>Enregistrer une animation… (nécessite %1)</translation>
    </message>
    <message>
        <location filename="../actions/record.py" line="39" />
        <source>Record animation</source>
        <translation>Enregistrer une animation</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../record_dialog.py" line="60" />
        <location filename="../record_dialog.py" line="178" />
        <source>Record animation</source>
        <translation>Enregistrer une animation</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="69" />
        <source>What each frame shows</source>
        <translation>Ce que montre chaque image</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="69" />
        <location filename="../record_dialog.py" line="141" />
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="72" />
        <source>Side by side: boundary, loss and network</source>
        <translation>Côte à côte : frontière, perte et réseau</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="73" />
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="74" />
        <source>Boundary and loss</source>
        <translation>Frontière et perte</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="75" />
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="76" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="82" />
        <source>Width × height of the film in pixels</source>
        <translation>Largeur × hauteur du film en pixels</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="83" />
        <location filename="../record_dialog.py" line="142" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="90" />
        <location filename="../record_dialog.py" line="91" />
        <location filename="../record_dialog.py" line="143" />
        <source>Frames per second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="98" />
        <source>Length of the film in seconds</source>
        <translation>Durée du film en secondes</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="99" />
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="104" />
        <source>First epoch shown</source>
        <translation>Première époque montrée</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="104" />
        <source>First epoch</source>
        <translation>Première époque</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="107" />
        <source>Last epoch shown</source>
        <translation>Dernière époque montrée</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="107" />
        <source>Last epoch</source>
        <translation>Dernière époque</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="110" />
        <location filename="../record_dialog.py" line="113" />
        <source>Logarithmic time</source>
        <translation>Temps logarithmique</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="112" />
        <source>Spend more frames on the early epochs, where most changes happen</source>
        <translation>Consacrer plus d'images aux premières époques, où presque tout change</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="119" />
        <source>Frames written</source>
        <translation>Images écrites</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="120" />
        <source>Recording progress</source>
        <translation>Progression de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="126" />
        <source>Record…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="128" />
        <source>Choose a .gif or .mp4 file and record</source>
        <translation>Choisir un fichier .gif ou .mp4 et enregistrer</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="129" />
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="132" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="134" />
        <source>Stop recording; no file is left behind</source>
        <translation>Arrêter l'enregistrement ; aucun fichier ne reste</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="135" />
        <source>Cancel recording</source>
        <translation>Annuler l'enregistrement</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="144" />
        <source>Length (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="149" />
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="170" />
        <source>Train first: the film is made from the run's timeline.</source>
        <translation>Entraînez d'abord : le film est fait à partir de la chronologie du run.</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="179" />
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF animé (*.gif);;Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="217" />
        <source>Recording %1 frames…</source>
        <translation>Enregistrement de %1 images…</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="226" />
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../record_dialog.py" line="257" />
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <location filename="../panels/training_widgets.py" line="73" />
        <location filename="../panels/training_widgets.py" line="202" />
        <source>Play</source>
        <extracomment>The speed control's stops in epochs per second; None (the last) is as fast as possible.</extracomment>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="73" />
        <source>Start or pause training</source>
        <translation>Démarrer ou mettre en pause l'entraînement</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="77" />
        <source>Step</source>
        <translation>Une époque</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="77" />
        <source>Train a single epoch</source>
        <translation>Entraîner une seule époque</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="81" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="83" />
        <source>Start again from the same initial weights</source>
        <translation>Repartir des mêmes poids initiaux</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="86" />
        <source>New weights</source>
        <translation>Nouveaux poids</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="87" />
        <source>Start again from new random initial weights</source>
        <translation>Repartir de nouveaux poids initiaux aléatoires</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="105" />
        <source>Epochs finished</source>
        <translation>Époques terminées</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="102" />
        <location filename="../panels/training_widgets.py" line="106" />
        <source>Training speed</source>
        <translation>Vitesse d'entraînement</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="98" />
        <source>Training speed: from 1 epoch per second, to watch each step, to as fast as possible</source>
        <translation>Vitesse d'entraînement : d'une époque par seconde, pour voir chaque pas, au plus vite possible</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="103" />
        <source>The chosen training speed</source>
        <translation>La vitesse d'entraînement choisie</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="104" />
        <source>The epoch limit of this run</source>
        <translation>La limite d'époques de cet entraînement</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="107" />
        <source>Loss on the training set</source>
        <translation>Perte sur le jeu d'entraînement</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="108" />
        <source>Loss on the test set</source>
        <translation>Perte sur le jeu de test</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="110" />
        <source>Share of points classified right (train / test)</source>
        <translation>Part des points bien classés (entraînement / test)</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="126" />
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="152" />
        <source>Learning rate</source>
        <translation>Taux d'apprentissage</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="173" />
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="175" />
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="181" />
        <source>limit %1</source>
        <translation>limite %1</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="202" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="235" />
        <source>Train accuracy %1</source>
        <translation>Exactitude entr. %1</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="236" />
        <source>Test accuracy %1</source>
        <translation>Exactitude test %1</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="224" />
        <source>Epoch %1</source>
        <translation>Époque %1</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="226" />
        <source>%1 epochs/s</source>
        <translation>%1 époques/s</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="228" />
        <source>Train loss %1</source>
        <translation>Perte entr. %1</translation>
    </message>
    <message>
        <location filename="../panels/training_widgets.py" line="229" />
        <source>Test loss %1</source>
        <translation>Perte test %1</translation>
    </message>
</context>
<context>
    <name>SlowStep</name>
    <message>
        <location filename="../panels/slow_step_pages.py" line="62" />
        <source>Activation a = f(z) of each unit for the batch: points, mean ± std</source>
        <translation>Activation a = f(z) de chaque neurone sur le lot : points, moyenne ± écart-type</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="65" />
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="66" />
        <source>unit</source>
        <translation>neurone</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="90" />
        <source>%1 points × %2 units, activation &lt;b&gt;%3&lt;/b&gt;.&lt;br&gt;z from %4 to %5;&lt;br&gt;a from %6 to %7.</source>
        <translation>%1 points × %2 neurones, activation &lt;b&gt;%3&lt;/b&gt;.&lt;br&gt;z de %4 à %5 ;&lt;br&gt;a de %6 à %7.</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="112" />
        <source>Output against target, per point</source>
        <translation>Sortie en fonction de la cible, point par point</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="113" />
        <source>network output</source>
        <translation>sortie du réseau</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="114" />
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="133" />
        <source>δ_out = ∂L/∂z_out comes straight from the loss (it is fused with the output activation: f′ is not applied).</source>
        <translation>δ_out = ∂L/∂z_out vient directement de la perte (elle est fusionnée avec l'activation de sortie : f′ n'est pas appliquée).</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="139" />
        <source>δ_out = ∂L/∂a · f′(z_out).</source>
        <translation>δ_out = ∂L/∂a · f′(z_out).</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="142" />
        <source>Loss &lt;b&gt;%1&lt;/b&gt; over %2 points: &lt;b&gt;L = %3&lt;/b&gt;.&lt;br&gt;%4&lt;br&gt;‖δ_out‖ = %5</source>
        <translation>Perte &lt;b&gt;%1&lt;/b&gt; sur %2 points : &lt;b&gt;L = %3&lt;/b&gt;.&lt;br&gt;%4&lt;br&gt;‖δ_out‖ = %5</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="160" />
        <source>Thicker link: larger |∂L/∂w|; blue neuron: δ &gt; 0, orange: δ &lt; 0; one scale for the whole network</source>
        <translation>Liaison plus épaisse : |∂L/∂w| plus grand ; neurone bleu : δ &gt; 0, orange : δ &lt; 0 ; une seule échelle pour tout le réseau</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="168" />
        <source>‖δ‖ per layer (log)</source>
        <translation>‖δ‖ par couche (log)</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="169" />
        <source>log₁₀ ‖δ‖</source>
        <translation>log₁₀ ‖δ‖</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="170" />
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="176" />
        <source>What each layer multiplies δ by</source>
        <translation>Ce par quoi chaque couche multiplie δ</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="213" />
        <source>&lt;b&gt;Layer %1&lt;/b&gt;: ‖δ‖ = %2, straight from the loss (fused with %4: no ×f′(z))</source>
        <translation>&lt;b&gt;Couche %1&lt;/b&gt; : ‖δ‖ = %2, directement depuis la perte (fusionnée avec %4 : pas de ×f′(z))</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="218" />
        <source>&lt;b&gt;Layer %1&lt;/b&gt;: ‖δ‖ = %2; ×f′(z): at most %3 for %4 (here %5 on average)</source>
        <translation>&lt;b&gt;Couche %1&lt;/b&gt; : ‖δ‖ = %2 ; ×f′(z) : au plus %3 pour %4 (ici %5 en moyenne)</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="239" />
        <source>Before (grey), after (orange)</source>
        <translation>Avant (gris), après (orange)</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="240" />
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="241" />
        <source>weights, then biases</source>
        <translation>poids, puis biais</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="264" />
        <source>Optimizer &lt;b&gt;%1&lt;/b&gt;, learning rate %2, step %3.</source>
        <translation>Optimiseur &lt;b&gt;%1&lt;/b&gt;, taux d'apprentissage %2, pas %3.</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="268" />
        <source>Largest change: #%1, %2 → %3.</source>
        <translation>Plus grand changement : n° %1, %2 → %3.</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="277" />
        <source>Adam divides m and v by (1 − βᵗ): early moments are not biased towards 0.</source>
        <translation>Adam divise m et v par (1 − βᵗ) : les premiers moments ne sont pas biaisés vers 0.</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="282" />
        <source>Step taken ‖Δθ‖ (relative ‖Δθ‖/‖θ‖):</source>
        <translation>Pas effectué ‖Δθ‖ (relatif ‖Δθ‖/‖θ‖) :</translation>
    </message>
    <message>
        <location filename="../panels/slow_step_pages.py" line="285" />
        <source>layer %1: %2 (%3)</source>
        <translation>couche %1 : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SlowStepPanel</name>
    <message>
        <location filename="../panels/slow_step.py" line="71" />
        <source>Next batch</source>
        <translation>Lot suivant</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="74" />
        <source>Compute one update on the next mini-batch, stage by stage (nothing changes until you apply it)</source>
        <translation>Calculer une mise à jour sur le prochain mini-lot, étape par étape (rien ne change tant que vous ne l'appliquez pas)</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="77" />
        <source>Take the next batch</source>
        <translation>Prendre le lot suivant</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="80" />
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="82" />
        <source>Go back one stage</source>
        <translation>Revenir d'une étape</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="83" />
        <source>Previous stage</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="86" />
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="88" />
        <source>Go on to the next stage</source>
        <translation>Passer à l'étape suivante</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="89" />
        <source>Next stage</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="92" />
        <location filename="../panels/slow_step.py" line="97" />
        <source>Apply this step</source>
        <translation>Appliquer ce pas</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="95" />
        <source>Make the run take exactly this update (only while training is paused or stopped)</source>
        <translation>Faire exactement cette mise à jour dans l'entraînement (seulement en pause ou à l'arrêt)</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="103" />
        <source>The stage shown below</source>
        <translation>L'étape affichée ci-dessous</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="140" />
        <source>Batch: the run's next %1 points.</source>
        <translation>Lot : les %1 prochains points de l'entraînement.</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="143" />
        <source>The points the run uses first in its next epoch: the shuffled order is drawn from a copy of the trainer's generator.</source>
        <translation>Les points que l'entraînement utilise en premier à sa prochaine époque : l'ordre mélangé est tiré d'une copie du générateur de l'entraîneur.</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="147" />
        <source>The first training points: shuffling is off, so they come first.</source>
        <translation>Les premiers points d'entraînement : sans mélange, ce sont eux qui passent en premier.</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="178" />
        <source>The weights changed since this batch was taken: take the next batch again.</source>
        <translation>Les poids ont changé depuis que ce lot a été pris : reprenez le lot suivant.</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="186" />
        <source>Step applied: the weights moved by one update.</source>
        <translation>Pas appliqué : les poids ont bougé d'une mise à jour.</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="191" />
        <source>Press “Next batch” to start.</source>
        <translation>Appuyez sur « Lot suivant » pour commencer.</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="212" />
        <source>output layer</source>
        <translation>couche de sortie</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="214" />
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="217" />
        <source>Forward pass, %1: z = x·W + b, a = f(z)</source>
        <translation>Propagation, %1 : z = x·W + b, a = f(z)</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="218" />
        <source>Loss for the batch</source>
        <translation>Perte sur le lot</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="219" />
        <source>Backward pass, %1: δ = ∂L/∂z</source>
        <translation>Rétropropagation, %1 : δ = ∂L/∂z</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="220" />
        <source>Update, %1: w ← w − step</source>
        <translation>Mise à jour, %1 : w ← w − pas</translation>
    </message>
    <message>
        <location filename="../panels/slow_step.py" line="227" />
        <source>Stage %1 of %2 — %3</source>
        <translation>Étape %1 sur %2 — %3</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../panels/timeline.py" line="47" />
        <source>Drag to see the network at an earlier epoch; Live goes back to now</source>
        <translation>Faire glisser pour voir le réseau à une époque antérieure ; Direct revient au présent</translation>
    </message>
    <message>
        <location filename="../panels/timeline.py" line="49" />
        <source>Timeline: epoch shown</source>
        <translation>Chronologie : époque affichée</translation>
    </message>
    <message>
        <location filename="../panels/timeline.py" line="52" />
        <source>The epoch the views show</source>
        <translation>L'époque que montrent les vues</translation>
    </message>
    <message>
        <location filename="../panels/timeline.py" line="53" />
        <source>Epoch shown</source>
        <translation>Époque affichée</translation>
    </message>
    <message>
        <location filename="../panels/timeline.py" line="54" />
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../panels/timeline.py" line="56" />
        <source>Show the present again and follow training</source>
        <translation>Montrer de nouveau le présent et suivre l'entraînement</translation>
    </message>
    <message>
        <location filename="../panels/timeline.py" line="57" />
        <source>Back to live</source>
        <translation>Revenir au direct</translation>
    </message>
    <message>
        <location filename="../panels/timeline.py" line="58" />
        <source>Fork…</source>
        <translation>Bifurquer…</translation>
    </message>
    <message>
        <location filename="../panels/timeline.py" line="61" />
        <source>Continue training from the epoch shown with a change of settings</source>
        <translation>Continuer l'entraînement depuis l'époque affichée avec d'autres réglages</translation>
    </message>
    <message>
        <location filename="../panels/timeline.py" line="63" />
        <source>Continue from here with a change</source>
        <translation>Continuer d'ici avec un changement</translation>
    </message>
    <message>
        <location filename="../panels/timeline.py" line="147" />
        <location filename="../panels/timeline.py" line="149" />
        <source>epoch %1</source>
        <translation>époque %1</translation>
    </message>
</context>
<context>
    <name>ToolsActions</name>
    <message>
        <location filename="../actions/tools.py" line="32" />
        <source>Compare runs…</source>
        <translation>Comparer des entraînements…</translation>
    </message>
    <message>
        <location filename="../actions/tools.py" line="33" />
        <source>Train variants of this network side by side</source>
        <translation>Entraîner côte à côte des variantes de ce réseau</translation>
    </message>
    <message>
        <location filename="../actions/tools.py" line="34" />
        <source>Network as code…</source>
        <translation>Le réseau en code…</translation>
    </message>
    <message>
        <location filename="../actions/tools.py" line="35" />
        <source>This network as a Keras or PyTorch script</source>
        <translation>Ce réseau en script Keras ou PyTorch</translation>
    </message>
    <message>
        <location filename="../actions/tools.py" line="36" />
        <source>Activation explorer…</source>
        <translation>Explorateur d'activations…</translation>
    </message>
    <message>
        <location filename="../actions/tools.py" line="37" />
        <source>Any activation function and its derivative</source>
        <translation>N'importe quelle fonction d'activation et sa dérivée</translation>
    </message>
    <message>
        <location filename="../actions/tools.py" line="71" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../actions/tools.py" line="78" />
        <source>Used from the next start of the app</source>
        <translation>Appliquée au prochain démarrage de l'application</translation>
    </message>
    <message>
        <location filename="../actions/tools.py" line="87" />
        <source>The language changes the next time you start the app.</source>
        <translation>La langue changera au prochain démarrage de l'application.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../panels/training.py" line="84" />
        <source>Loss and optimizer</source>
        <translation>Fonction de perte et optimiseur</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="91" />
        <source>Step size; takes effect immediately, even while training</source>
        <translation>Taille des pas ; prend effet tout de suite, même pendant l'entraînement</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="94" />
        <source>Examples per weight update</source>
        <translation>Exemples par mise à jour des poids</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="98" />
        <source>Penalty on large weights</source>
        <translation>Pénalité sur les grands poids</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="99" />
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="102" />
        <source>Strength of the penalty</source>
        <translation>Force de la pénalité</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="109" />
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="110" />
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="111" />
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="112" />
        <source>Regularization</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="116" />
        <source>Schedule and stopping</source>
        <translation>Durée et arrêt</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="118" />
        <source>Stop after this many epochs (0 = no limit)</source>
        <translation>Arrêter après ce nombre d'époques (0 = sans limite)</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="120" />
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="125" />
        <source>Target test loss</source>
        <translation>Perte de test visée</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="126" />
        <source>Stop once the test loss reaches this value</source>
        <translation>Arrêter dès que la perte de test atteint cette valeur</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="133" />
        <source>Test loss at which training stops</source>
        <translation>Perte de test à laquelle l'entraînement s'arrête</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="138" />
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="139" />
        <source>Stop when the test loss stops improving</source>
        <translation>Arrêter quand la perte de test ne s'améliore plus</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="146" />
        <source>Epochs without a better test loss before stopping</source>
        <translation>Époques sans meilleure perte de test avant l'arrêt</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="153" />
        <source>Shuffle every epoch</source>
        <translation>Mélanger à chaque époque</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="154" />
        <source>Visit the training points in a new order</source>
        <translation>Parcourir les points d'entraînement dans un nouvel ordre</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="161" />
        <source>Seed of the initial weights and of the shuffling</source>
        <translation>Graine des poids initiaux et du mélange</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="169" />
        <source>Epoch limit</source>
        <translation>Limite d'époques</translation>
    </message>
    <message>
        <location filename="../panels/training.py" line="170" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <location filename="../panels/weight_editor.py" line="31" />
        <source>Change one weight or bias by hand while training is paused.</source>
        <extracomment>Slider positions on each side of 0; the slider spans ±range around 0. The slider spans at least ±this, and twice the value's size when it is larger. The spin box accepts weights up to this size.</extracomment>
        <translation>Modifier à la main un poids ou un biais pendant que l'entraînement est en pause.</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="32" />
        <source>Weight editor</source>
        <translation>Éditeur de poids</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="36" />
        <location filename="../panels/weight_editor.py" line="127" />
        <source>Click a link (weight) or a neuron (bias) in the network.</source>
        <translation>Cliquez sur un lien (poids) ou un neurone (biais) dans le réseau.</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="38" />
        <source>The weight or bias being edited.</source>
        <translation>Le poids ou le biais en cours de modification.</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="39" />
        <source>Selected weight</source>
        <translation>Poids choisi</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="44" />
        <location filename="../panels/weight_editor.py" line="141" />
        <source>Drag (or turn the mouse wheel) to change the weight.</source>
        <translation>Faire glisser (ou tourner la molette) pour modifier le poids.</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="45" />
        <source>Weight value slider</source>
        <translation>Curseur de la valeur du poids</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="49" />
        <location filename="../panels/weight_editor.py" line="145" />
        <source>Type a value for the weight, or turn the mouse wheel.</source>
        <translation>Saisir une valeur pour le poids, ou tourner la molette.</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="50" />
        <source>Weight value</source>
        <translation>Valeur du poids</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="82" />
        <source>{0}: bias of neuron {1} in layer {2}</source>
        <translation>{0} : biais du neurone {1} de la couche {2}</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="86" />
        <source>{0}: weight from input {1} to neuron {2} of hidden layer 1</source>
        <translation>{0} : poids de l'entrée {1} vers le neurone {2} de la couche cachée 1</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="89" />
        <source>{0}: weight from neuron {1} to neuron {2} of layer {3}</source>
        <translation>{0} : poids du neurone {1} vers le neurone {2} de la couche {3}</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="137" />
        <source>Pause training to change a weight by hand.</source>
        <translation>Mettez l'entraînement en pause pour modifier un poids à la main.</translation>
    </message>
    <message>
        <location filename="../panels/weight_editor.py" line="139" />
        <source>Select a weight first: click a link or a neuron in the network.</source>
        <translation>Choisissez d'abord un poids : cliquez sur un lien ou un neurone dans le réseau.</translation>
    </message>
</context>
<context>
    <name>WhatIfButton</name>
    <message>
        <location filename="../what_if_dialog.py" line="213" />
        <location filename="../what_if_dialog.py" line="217" />
        <source>What would have fixed it?</source>
        <translation>Qu'est-ce qui l'aurait réparé ?</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="215" />
        <source>Replay the run under a few fixes for this symptom and say which one cures it</source>
        <translation>Rejouer le run avec quelques remèdes à ce symptôme et dire lequel le guérit</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <location filename="../what_if_dialog.py" line="77" />
        <source>What would have fixed it?</source>
        <extracomment>Epochs each fix trains past the symptom's onset.</extracomment>
        <translation>Qu'est-ce qui l'aurait réparé ?</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="86" />
        <source>Epochs trained over all the fixes tried</source>
        <translation>Époques entraînées sur tous les remèdes essayés</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="87" />
        <source>Replay progress</source>
        <translation>Progression de la reprise</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="92" />
        <source>What would have fixed it</source>
        <translation>Ce qui l'aurait réparé</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="94" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="94" />
        <source>Stop the replay</source>
        <translation>Arrêter la reprise</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="99" />
        <source>Adopt this fix</source>
        <translation>Adopter ce remède</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="100" />
        <source>Apply the best fix to the network (new weights)</source>
        <translation>Appliquer le meilleur remède au réseau (nouveaux poids)</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="103" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="103" />
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="129" />
        <source>Replaying the run under %1 fixes…</source>
        <translation>Reprise du run avec %1 remèdes…</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="166" />
        <source>The replay stopped with an error: %1</source>
        <translation>La reprise s'est arrêtée sur une erreur : %1</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="179" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../what_if_dialog.py" line="185" />
        <source>Adopt: %1</source>
        <translation>Adopter : %1</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../panels/help_texts.py" line="14" />
        <source>Passes the weighted sum through unchanged. A network made only of linear layers can only draw straight boundaries, however deep it is. Use it on the output of a regression.</source>
        <translation>Transmet la somme pondérée sans la modifier. Un réseau fait uniquement de couches linéaires ne peut tracer que des frontières droites, quelle que soit sa profondeur. À utiliser en sortie d'une régression.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="20" />
        <source>Squashes any number into (0, 1), so the output reads as a probability. Its slope is at most 0.25 and almost 0 for large |z|, which makes deep sigmoid networks learn slowly (vanishing gradients).</source>
        <translation>Ramène tout nombre dans (0, 1), si bien que la sortie se lit comme une probabilité. Sa pente vaut au plus 0,25 et presque 0 pour les grands |z|, ce qui fait apprendre lentement les réseaux sigmoïdes profonds (disparition du gradient).</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="26" />
        <source>Squashes any number into (−1, 1) and is centred on 0, which usually helps training compared with sigmoid. Its slope reaches 1 at z = 0 but vanishes when the unit saturates.</source>
        <translation>Ramène tout nombre dans (−1, 1) et est centrée sur 0, ce qui aide en général l'entraînement par rapport à la sigmoïde. Sa pente atteint 1 en z = 0 mais s'annule quand le neurone sature.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="32" />
        <source>Keeps positive values and sets negative ones to 0. It is fast and does not saturate for z &gt; 0, but a unit whose input is always negative stops learning (a 'dead' ReLU).</source>
        <translation>Garde les valeurs positives et met les négatives à 0. Elle est rapide et ne sature pas pour z &gt; 0, mais un neurone dont l'entrée est toujours négative cesse d'apprendre (un ReLU « mort »).</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="37" />
        <source>Like ReLU, but negative values are multiplied by a small slope instead of being set to 0. The small slope keeps a gradient flowing, so units cannot die.</source>
        <translation>Comme ReLU, mais les valeurs négatives sont multipliées par une petite pente au lieu d'être mises à 0. Cette petite pente laisse passer un gradient : les neurones ne peuvent pas mourir.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="42" />
        <source>Identity for positive z and a smooth curve towards −alpha for negative z. Its outputs average closer to 0 than ReLU's, which can speed up learning.</source>
        <translation>L'identité pour z positif et une courbe douce qui tend vers −alpha pour z négatif. Ses sorties ont une moyenne plus proche de 0 que celles de ReLU, ce qui peut accélérer l'apprentissage.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="47" />
        <source>A scaled ELU with fixed constants chosen so that activations keep mean 0 and variance 1 from layer to layer. Pair it with the LeCun normal initializer.</source>
        <translation>Une ELU mise à l'échelle, avec des constantes fixes choisies pour que les activations gardent une moyenne de 0 et une variance de 1 d'une couche à l'autre. À associer à l'initialisation LeCun normale.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="52" />
        <source>A smooth ReLU that lets small negative values through a little. It is the default in many modern Transformer models.</source>
        <translation>Une ReLU lissée qui laisse un peu passer les petites valeurs négatives. C'est le choix par défaut de nombreux modèles Transformer récents.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="57" />
        <source>z times sigmoid(z), also called swish: smooth, slightly negative for negative z and close to ReLU for large z.</source>
        <translation>z fois sigmoid(z), aussi appelée swish : lisse, légèrement négative pour z négatif et proche de ReLU pour les grands z.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="62" />
        <source>ln(1 + e^z), a smooth version of ReLU that is always positive. Its slope is the sigmoid of z, so it never becomes exactly 0.</source>
        <translation>ln(1 + e^z), une version lisse de ReLU, toujours positive. Sa pente est la sigmoïde de z, elle ne vaut donc jamais exactement 0.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="67" />
        <source>z / (1 + |z|): a tanh-like S-curve in (−1, 1) that approaches its limits more slowly, so it saturates more gently.</source>
        <translation>z / (1 + |z|) : une courbe en S dans (−1, 1), comme tanh, qui approche ses limites plus lentement et sature donc plus doucement.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="72" />
        <source>A piecewise-linear approximation of sigmoid: a straight ramp between −3 and 3, flat 0 or 1 outside. Cheap to compute, but its gradient is exactly 0 outside the ramp.</source>
        <translation>Une approximation de la sigmoïde, linéaire par morceaux : une rampe droite entre −3 et 3, plate à 0 ou à 1 en dehors. Peu coûteuse à calculer, mais son gradient vaut exactement 0 hors de la rampe.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="77" />
        <source>z · tanh(softplus(z)): a smooth, non-monotonic curve similar to SiLU. It dips slightly below 0 for negative z.</source>
        <translation>z · tanh(softplus(z)) : une courbe lisse et non monotone, proche de SiLU. Elle descend légèrement sous 0 pour z négatif.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="82" />
        <source>A bump, e^(−z²): large near z = 0 and close to 0 elsewhere. Each unit responds to a band of inputs, which suits ring-shaped data.</source>
        <translation>Une bosse, e^(−z²) : grande près de z = 0 et proche de 0 ailleurs. Chaque neurone répond à une bande d'entrées, ce qui convient aux données en anneau.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="87" />
        <source>sin(z): a periodic activation. Good for wavy patterns, but the same output repeats for many inputs, which can make training erratic.</source>
        <translation>sin(z) : une fonction d'activation périodique. Bonne pour les motifs ondulés, mais la même sortie revient pour beaucoup d'entrées, ce qui peut rendre l'entraînement erratique.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="92" />
        <source>Turns the output units into probabilities that sum to 1, one per class. Use it on the output layer with categorical cross-entropy for three or more classes.</source>
        <translation>Transforme les neurones de sortie en probabilités de somme 1, une par classe. À utiliser sur la couche de sortie avec l'entropie croisée catégorielle, pour trois classes ou plus.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="99" />
        <source>Every weight starts at 0. All units of a layer then compute the same thing and receive the same update, so they never become different: fine for biases, bad for weights.</source>
        <translation>Chaque poids part de 0. Tous les neurones d'une couche calculent alors la même chose et reçoivent la même mise à jour : ils ne deviennent jamais différents. Convient aux biais, pas aux poids.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="105" />
        <source>Every weight starts at 1. Like zeros, all units of a layer stay identical forever (the symmetry is never broken).</source>
        <translation>Chaque poids part de 1. Comme avec zeros, tous les neurones d'une couche restent identiques pour toujours (la symétrie n'est jamais brisée).</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="110" />
        <source>Every weight starts at the same value you choose. The units of a layer stay identical, as with zeros.</source>
        <translation>Chaque poids part de la même valeur, que vous choisissez. Les neurones d'une couche restent identiques, comme avec zeros.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="115" />
        <source>Weights drawn from a normal distribution with a fixed standard deviation. Too small and signals fade in deep networks, too large and they explode.</source>
        <translation>Poids tirés selon une loi normale d'écart type fixe. Trop petit, le signal s'éteint dans les réseaux profonds ; trop grand, il explose.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="120" />
        <source>Weights drawn uniformly between minval and maxval. The spread does not adapt to the size of the layer.</source>
        <translation>Poids tirés uniformément entre minval et maxval. La dispersion ne s'adapte pas à la taille de la couche.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="125" />
        <source>Like random normal, but values further than two standard deviations from the mean are drawn again, so there are no extreme weights.</source>
        <translation>Comme la loi normale aléatoire, mais les valeurs à plus de deux écarts types de la moyenne sont tirées à nouveau : il n'y a pas de poids extrêmes.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="130" />
        <source>Xavier/Glorot: a uniform draw scaled by the number of inputs and outputs so the signal keeps the same spread in both directions. A good default for tanh and sigmoid.</source>
        <translation>Xavier/Glorot : un tirage uniforme mis à l'échelle selon le nombre d'entrées et de sorties, pour que le signal garde la même dispersion dans les deux sens. Un bon choix par défaut pour tanh et sigmoid.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="136" />
        <source>Xavier/Glorot with a normal draw: variance 2 / (fan_in + fan_out). A good default for tanh and sigmoid.</source>
        <translation>Xavier/Glorot avec un tirage normal : variance 2 / (fan_in + fan_out). Un bon choix par défaut pour tanh et sigmoid.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="141" />
        <source>He/Kaiming: a uniform draw with variance 2 / fan_in, twice Glorot's, to make up for ReLU zeroing half of its inputs. Use it with ReLU-like activations.</source>
        <translation>He/Kaiming : un tirage uniforme de variance 2 / fan_in, le double de Glorot, pour compenser ReLU qui annule la moitié de ses entrées. À utiliser avec les activations de type ReLU.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="146" />
        <source>He/Kaiming with a normal draw: variance 2 / fan_in. The usual choice for ReLU networks.</source>
        <translation>He/Kaiming avec un tirage normal : variance 2 / fan_in. Le choix habituel pour les réseaux ReLU.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="151" />
        <source>LeCun: a uniform draw with variance 1 / fan_in. Keeps the spread of the signal from layer to layer.</source>
        <translation>LeCun : un tirage uniforme de variance 1 / fan_in. Conserve la dispersion du signal d'une couche à l'autre.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="156" />
        <source>LeCun with a normal draw: variance 1 / fan_in. The initializer SELU was designed for.</source>
        <translation>LeCun avec un tirage normal : variance 1 / fan_in. L'initialisation pour laquelle SELU a été conçue.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="160" />
        <source>A random orthogonal matrix: it rotates the signal without stretching it, so its length is kept through the layer.</source>
        <translation>Une matrice orthogonale aléatoire : elle fait tourner le signal sans l'étirer, sa longueur est donc conservée à travers la couche.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="167" />
        <source>The average of the squared differences between prediction and target. Large errors count a lot. The standard loss for regression.</source>
        <translation>La moyenne des carrés des écarts entre prédiction et cible. Les grosses erreurs pèsent beaucoup. La fonction de perte standard en régression.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="172" />
        <source>The average absolute difference between prediction and target. Less sensitive to outliers than squared error, but its gradient does not shrink near the answer.</source>
        <translation>La moyenne des écarts absolus entre prédiction et cible. Moins sensible aux valeurs aberrantes que l'erreur quadratique, mais son gradient ne diminue pas près de la bonne réponse.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="177" />
        <source>Squared error for small mistakes and absolute error for large ones (beyond delta). A compromise that resists outliers.</source>
        <translation>Erreur quadratique pour les petites erreurs et erreur absolue pour les grandes (au-delà de delta). Un compromis qui résiste aux valeurs aberrantes.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="182" />
        <source>Measures how much probability the model gives to the right class out of two. Pairs with one sigmoid output unit.</source>
        <translation>Mesure la probabilité que le modèle donne à la bonne classe parmi deux. Va avec un seul neurone de sortie sigmoid.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="187" />
        <source>Measures how much probability the model gives to the right class out of three or more. Pairs with a softmax output layer.</source>
        <translation>Mesure la probabilité que le modèle donne à la bonne classe parmi trois ou plus. Va avec une couche de sortie softmax.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="194" />
        <source>Stochastic gradient descent: step each weight against its gradient, scaled by the learning rate. Momentum keeps part of the previous step to roll through small bumps.</source>
        <translation>Descente de gradient stochastique : chaque poids avance dans le sens opposé à son gradient, multiplié par le taux d'apprentissage. Le momentum garde une part du pas précédent pour franchir les petites bosses.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="199" />
        <source>Divides each weight's step by a running average of its recent gradient sizes, so weights with large gradients take smaller steps.</source>
        <translation>Divise le pas de chaque poids par une moyenne glissante de la taille de ses gradients récents : les poids aux grands gradients font de plus petits pas.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="204" />
        <source>Combines momentum with RMSprop's per-weight step sizes, with a correction for the first steps. A robust default; try a learning rate around 0.001 to 0.01.</source>
        <translation>Associe le momentum aux pas propres à chaque poids de RMSprop, avec une correction pour les premiers pas. Un choix par défaut robuste ; essayez un taux d'apprentissage entre 0,001 et 0,01.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="209" />
        <source>Gives each weight its own step size, which shrinks as its squared gradients add up. Learning slows down over time.</source>
        <translation>Donne à chaque poids sa propre taille de pas, qui diminue à mesure que ses gradients au carré s'accumulent. L'apprentissage ralentit avec le temps.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="219" />
        <source>Slope for z &lt; 0 (0.01 in the classic Leaky ReLU).</source>
        <extracomment>Help of registry parameters (the engine's ``Param.help``, English), for translation.</extracomment>
        <translation>Pente pour z &lt; 0 (0,01 dans la Leaky ReLU classique).</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="220" />
        <source>Value the curve tends to for very negative z (as −alpha).</source>
        <translation>Valeur vers laquelle tend la courbe pour z très négatif (soit −alpha).</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="221" />
        <source>The value of every weight.</source>
        <translation>La valeur de chaque poids.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="222" />
        <source>Mean of the draw.</source>
        <translation>Moyenne du tirage.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="223" />
        <source>Standard deviation (0.01 gives the classic ×0.01).</source>
        <translation>Écart type (0,01 donne le classique ×0,01).</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="224" />
        <source>Lowest value.</source>
        <translation>Valeur la plus basse.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="225" />
        <source>Highest value.</source>
        <translation>Valeur la plus haute.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="226" />
        <source>Multiplies the target variance.</source>
        <translation>Multiplie la variance visée.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="227" />
        <source>Multiplies the matrix.</source>
        <translation>Multiplie la matrice.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="228" />
        <source>Where the loss turns from square to linear.</source>
        <translation>Là où la perte passe de quadratique à linéaire.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="229" />
        <source>Fraction of the previous step kept (0 = plain SGD).</source>
        <translation>Fraction du pas précédent conservée (0 = SGD simple).</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="230" />
        <source>Look ahead along the momentum.</source>
        <translation>Regarder en avant dans la direction du momentum.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="231" />
        <source>Decay of the running mean of g².</source>
        <translation>Décroissance de la moyenne glissante de g².</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="232" />
        <source>Momentum on the scaled step.</source>
        <translation>Momentum appliqué au pas mis à l'échelle.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="233" />
        <source>Keeps the division finite.</source>
        <translation>Garde la division finie.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="234" />
        <source>Decay of the mean of gradients.</source>
        <translation>Décroissance de la moyenne des gradients.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="235" />
        <source>Decay of the mean of squared gradients.</source>
        <translation>Décroissance de la moyenne des gradients au carré.</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="236" />
        <source>Starting value of Σg².</source>
        <translation>Valeur de départ de Σg².</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../panels/help_texts.py" line="265" />
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="266" />
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="267" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="268" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="269" />
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="270" />
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="271" />
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="272" />
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="273" />
        <source>SiLU (swish)</source>
        <translation>SiLU (swish)</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="274" />
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="275" />
        <source>Softsign</source>
        <translation>Softsign</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="276" />
        <source>Hard sigmoid</source>
        <translation>Sigmoïde dure</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="277" />
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="278" />
        <source>Gaussian</source>
        <translation>Gaussienne</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="279" />
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="280" />
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="281" />
        <source>Zeros</source>
        <translation>Zéros</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="282" />
        <source>Ones</source>
        <translation>Tous à 1</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="283" />
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="284" />
        <source>Random normal</source>
        <translation>Normale aléatoire</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="285" />
        <source>Random uniform</source>
        <translation>Uniforme aléatoire</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="286" />
        <source>Truncated normal</source>
        <translation>Normale tronquée</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="287" />
        <source>Glorot uniform</source>
        <translation>Glorot uniforme</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="288" />
        <source>Glorot normal</source>
        <translation>Glorot normale</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="289" />
        <source>He uniform</source>
        <translation>He uniforme</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="290" />
        <source>He normal</source>
        <translation>He normale</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="291" />
        <source>LeCun uniform</source>
        <translation>LeCun uniforme</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="292" />
        <source>LeCun normal</source>
        <translation>LeCun normale</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="293" />
        <source>Orthogonal</source>
        <translation>Orthogonale</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="294" />
        <source>Mean squared error</source>
        <translation>Erreur quadratique moyenne</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="295" />
        <source>Mean absolute error</source>
        <translation>Erreur absolue moyenne</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="296" />
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="297" />
        <source>Binary cross-entropy</source>
        <translation>Entropie croisée binaire</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="298" />
        <source>Categorical cross-entropy</source>
        <translation>Entropie croisée catégorielle</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="299" />
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="300" />
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="301" />
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="302" />
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="303" />
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="304" />
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="305" />
        <source>Gaussian bumps</source>
        <translation>Bosses gaussiennes</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="306" />
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="307" />
        <source>Moons</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="308" />
        <source>Blobs</source>
        <translation>Amas</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="309" />
        <source>Plane</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="310" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="311" />
        <source>slope</source>
        <translation>pente</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="312" />
        <source>initial Σg²</source>
        <translation>Σg² initial</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="313" />
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="314" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="315" />
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="316" />
        <source>Stddev</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="317" />
        <source>Minval</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="318" />
        <source>Maxval</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="319" />
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="320" />
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="321" />
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="322" />
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="323" />
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="324" />
        <source>Rho</source>
        <translation>Rho</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="325" />
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="326" />
        <source>Beta 1</source>
        <translation>Bêta 1</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="327" />
        <source>Beta 2</source>
        <translation>Bêta 2</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <location filename="../../lessons/catalog.py" line="12" />
        <source>1. Why non-linearity matters</source>
        <translation>1. Pourquoi la non-linéarité compte</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="13" />
        <source>Two hidden layers of four units each, all with a linear activation, on XOR data. Watch the decision boundary and the box below it.</source>
        <translation>Deux couches cachées de quatre neurones chacune, toutes avec une activation linéaire, sur des données XOR. Observez la frontière de décision et l'encadré en dessous.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="18" />
        <source>Press Play, then switch the hidden layers to tanh or ReLU.</source>
        <translation>Appuyez sur Lancer, puis passez les couches cachées à tanh ou à ReLU.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="21" />
        <source>With linear layers the boundary is always one straight line, so XOR stays about a third wrong. The box shows why: the whole network equals a single linear map x·W + b. One non-linear activation is enough to bend the boundary and solve XOR.</source>
        <translation>Avec des couches linéaires, la frontière est toujours une seule droite : sur XOR, environ un tiers des points reste mal classé. L'encadré montre pourquoi : le réseau entier équivaut à une seule application linéaire x·W + b. Une seule activation non linéaire suffit à courber la frontière et à résoudre XOR.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="30" />
        <location filename="../../lessons/catalog.py" line="72" />
        <location filename="../../lessons/catalog.py" line="393" />
        <source>Use tanh</source>
        <translation>Utiliser tanh</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="31" />
        <source>The boundary bends into four regions; accuracy reaches 100 %.</source>
        <translation>La frontière se courbe en quatre régions ; l'exactitude atteint 100 %.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="37" />
        <location filename="../../lessons/catalog.py" line="77" />
        <source>Use ReLU</source>
        <translation>Utiliser ReLU</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="38" />
        <source>The boundary is made of straight pieces, and XOR is solved.</source>
        <translation>La frontière est faite de morceaux droits, et XOR est résolu.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="48" />
        <source>2. Sigmoid vs tanh vs ReLU</source>
        <translation>2. Sigmoïde, tanh ou ReLU</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="49" />
        <source>The same data, network and seed; only the hidden activation changes. Watch the loss curve.</source>
        <translation>Les mêmes données, le même réseau et la même graine ; seule l'activation cachée change. Observez la courbe de perte.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="54" />
        <source>Press Compare to train all three side by side.</source>
        <translation>Appuyez sur Comparer pour entraîner les trois côte à côte.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="55" />
        <source>ReLU reaches a train loss of 0.3 first, tanh soon after. Sigmoid is much slower: its derivative is at most 0.25, and its outputs are never centred on zero, so each layer passes back a weaker signal.</source>
        <translation>ReLU atteint la première une perte d'entraînement de 0,3, tanh peu après. La sigmoïde est bien plus lente : sa dérivée vaut au plus 0,25 et ses sorties ne sont jamais centrées sur zéro, si bien que chaque couche renvoie un signal plus faible.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="63" />
        <source>Compare sigmoid, tanh and ReLU</source>
        <translation>Comparer sigmoïde, tanh et ReLU</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="64" />
        <source>Three loss curves; the table lists the epochs each needs.</source>
        <translation>Trois courbes de perte ; le tableau donne le nombre d'époques nécessaire à chacune.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="73" />
        <source>The loss falls within 30 epochs.</source>
        <translation>La perte baisse en moins de 30 époques.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="78" />
        <source>The loss falls within 15 epochs.</source>
        <translation>La perte baisse en moins de 15 époques.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="86" />
        <source>3. Saturation</source>
        <translation>3. La saturation</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="87" />
        <source>Sigmoid units whose weights start large (standard deviation 10). Look at the activation plot: the grey histogram of pre-activations sits far out on the flat parts of the curve, where the derivative is almost 0.</source>
        <translation>Des neurones sigmoïdes dont les poids partent grands (écart type 10). Regardez le graphique d'activation : l'histogramme gris des pré-activations se trouve loin sur les parties plates de la courbe, là où la dérivée est presque nulle.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="93" />
        <source>Press Play and watch the loss. Then switch to Glorot initialisation.</source>
        <translation>Appuyez sur Lancer et observez la perte. Passez ensuite à l'initialisation Glorot.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="96" />
        <source>Most units are saturated (red outline in the network view), so almost no gradient flows and the loss stays high for hundreds of epochs. With Glorot the pre-activations stay in the curved middle of the sigmoid, nothing saturates, and the loss drops fast.</source>
        <translation>La plupart des neurones sont saturés (contour rouge dans la vue du réseau) : presque aucun gradient ne passe et la perte reste élevée pendant des centaines d'époques. Avec Glorot, les pré-activations restent dans la partie courbe, au milieu de la sigmoïde, rien ne sature et la perte chute vite.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="106" />
        <source>Use Glorot initialisation</source>
        <translation>Utiliser l'initialisation de Glorot</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="107" />
        <source>No saturated units; the loss falls close to 0.</source>
        <translation>Aucun neurone saturé ; la perte descend près de 0.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="111" />
        <source>Use small weights (×0.01)</source>
        <translation>Utiliser de petits poids (×0,01)</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="112" />
        <source>No saturation either, but learning starts slowly.</source>
        <translation>Pas de saturation non plus, mais l'apprentissage démarre lentement.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="120" />
        <source>4. Dying ReLU and Leaky ReLU</source>
        <translation>4. Neurones ReLU morts et Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="121" />
        <source>ReLU layers whose biases start at −2. Look at the network view and the diagnostics: a dead unit outputs 0 for every point, and its gradient is 0 too.</source>
        <translation>Des couches ReLU dont les biais partent de −2. Regardez la vue du réseau et les diagnostics : un neurone mort produit 0 pour chaque point, et son gradient est nul lui aussi.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="126" />
        <source>Press Play. Then switch to Leaky ReLU and change its slope.</source>
        <translation>Appuyez sur Lancer. Passez ensuite à Leaky ReLU et changez sa pente.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="129" />
        <source>The whole second layer is dead, so nothing reaches the output and the loss never moves. Leaky ReLU keeps a small slope for negative inputs: the units still pass a gradient, come back to life, and the network learns.</source>
        <translation>Toute la deuxième couche est morte : rien n'atteint la sortie et la perte ne bouge jamais. Leaky ReLU garde une petite pente pour les entrées négatives : les neurones transmettent encore un gradient, reprennent vie, et le réseau apprend.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="137" />
        <source>Use Leaky ReLU (slope 0.01)</source>
        <translation>Utiliser Leaky ReLU (pente 0,01)</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="138" />
        <source>No dead units; the loss falls.</source>
        <translation>Aucun neurone mort ; la perte baisse.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="142" />
        <source>Use Leaky ReLU (slope 0.2)</source>
        <translation>Utiliser Leaky ReLU (pente 0,2)</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="143" />
        <source>A steeper slope: units recover faster.</source>
        <translation>Une pente plus forte : les neurones se rétablissent plus vite.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="147" />
        <source>Use zero biases</source>
        <translation>Utiliser des biais nuls</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="148" />
        <source>Plain ReLU works again when the units start alive.</source>
        <translation>La ReLU simple fonctionne de nouveau quand les neurones démarrent vivants.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="156" />
        <source>5. Zero initialisation and symmetry</source>
        <translation>5. Initialisation à zéro et symétrie</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="157" />
        <source>Every weight starts at 0. Look at the symmetry score in the diagnostics and at the neuron thumbnails in the network view.</source>
        <translation>Chaque poids part de 0. Regardez le score de symétrie dans les diagnostics et les vignettes des neurones dans la vue du réseau.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="162" />
        <source>Press Play. Then start from small random weights instead.</source>
        <translation>Appuyez sur Lancer. Repartez ensuite plutôt de petits poids aléatoires.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="165" />
        <source>The four hidden units receive identical updates, so they stay identical forever (symmetry 1.00): the layer acts like a single unit and cannot draw a circle. Small random weights (×0.01) make each unit different from the start, and the network learns. The biases can stay at 0: the random weights already break the symmetry.</source>
        <translation>Les quatre neurones cachés reçoivent des mises à jour identiques et restent donc identiques pour toujours (symétrie 1,00) : la couche agit comme un seul neurone et ne peut pas tracer un cercle. De petits poids aléatoires (×0,01) rendent chaque neurone différent dès le départ, et le réseau apprend. Les biais peuvent rester à 0 : les poids aléatoires brisent déjà la symétrie.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="175" />
        <source>Use small random weights (×0.01)</source>
        <translation>Utiliser de petits poids aléatoires (×0,01)</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="176" />
        <source>The units differ, and the circle is found.</source>
        <translation>Les neurones diffèrent, et le cercle est trouvé.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="184" />
        <source>6. Initial scale in a deep network</source>
        <translation>6. L'échelle initiale dans un réseau profond</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="185" />
        <source>Six hidden layers of 32 tanh units, weights drawn with standard deviation 0.01. Look at the activation histograms in the diagnostics, layer by layer.</source>
        <translation>Six couches cachées de 32 neurones tanh, avec des poids tirés d'écart type 0,01. Regardez les histogrammes d'activation dans les diagnostics, couche par couche.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="190" />
        <source>Try large weights, then Glorot.</source>
        <translation>Essayez de grands poids, puis Glorot.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="191" />
        <source>With ×0.01 the signal shrinks about ten times at every layer: the last layers see almost nothing, the gradients vanish and the loss stays flat. With standard deviation 1 the tanh units saturate instead. Glorot scales each layer by its fan-in and fan-out, so the spread of the signal stays about the same through depth and the network trains.</source>
        <translation>Avec ×0,01, le signal est divisé par dix environ à chaque couche : les dernières couches ne voient presque rien, les gradients s'évanouissent et la perte reste plate. Avec un écart type de 1, ce sont les neurones tanh qui saturent. Glorot met chaque couche à l'échelle selon son nombre d'entrées et de sorties (fan-in et fan-out) : la dispersion du signal reste à peu près la même en profondeur et le réseau s'entraîne.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="201" />
        <source>Use large weights (std 1)</source>
        <translation>Utiliser de grands poids (écart type 1)</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="202" />
        <source>Most units saturate; training is slow.</source>
        <translation>La plupart des neurones saturent ; l'entraînement est lent.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="206" />
        <source>Use Glorot</source>
        <translation>Utiliser Glorot</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="207" />
        <source>The histograms keep their width; the loss falls.</source>
        <translation>Les histogrammes gardent leur largeur ; la perte baisse.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="211" />
        <source>Use ReLU with He</source>
        <translation>Utiliser ReLU avec He</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="212" />
        <source>He initialisation keeps the variance for ReLU layers.</source>
        <translation>L'initialisation He conserve la variance dans les couches ReLU.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="222" />
        <source>7. The output layer and its loss</source>
        <translation>7. La couche de sortie et sa fonction de perte</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="223" />
        <source>A price to predict, which is always positive, with no hidden layer and a linear output. In the fitted function, blue is a positive price and orange a negative one. Look at the lower-left corner.</source>
        <translation>Un prix à prédire, toujours positif, sans couche cachée et avec une sortie linéaire. Dans la fonction ajustée, le bleu est un prix positif et l'orange un prix négatif. Regardez le coin inférieur gauche.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="229" />
        <source>Switch the output to ReLU. Then try the classification setups.</source>
        <translation>Passez la sortie à ReLU. Essayez ensuite les réglages de classification.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="232" />
        <source>A linear output can predict negative prices; ReLU blocks every value below 0. For two classes a sigmoid output with binary cross-entropy gives a probability. For three or more classes, softmax with categorical cross-entropy gives one probability per class, summing to 1.</source>
        <translation>Une sortie linéaire peut prédire des prix négatifs ; ReLU bloque toute valeur inférieure à 0. Pour deux classes, une sortie sigmoïde avec l'entropie croisée binaire donne une probabilité. Pour trois classes ou plus, softmax avec l'entropie croisée catégorielle donne une probabilité par classe, de somme 1.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="241" />
        <source>Use a ReLU output</source>
        <translation>Utiliser une sortie ReLU</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="242" />
        <source>No prediction is below 0 any more.</source>
        <translation>Plus aucune prédiction n'est inférieure à 0.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="246" />
        <source>Two classes: sigmoid + binary cross-entropy</source>
        <translation>Deux classes : sigmoïde + entropie croisée binaire</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="247" />
        <source>One output unit: the probability of the blue class.</source>
        <translation>Un neurone de sortie : la probabilité de la classe bleue.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="251" />
        <source>Three classes: softmax + categorical cross-entropy</source>
        <translation>Trois classes : softmax + entropie croisée catégorielle</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="252" />
        <source>Three output units; each colour is the most probable class.</source>
        <translation>Trois neurones de sortie ; chaque couleur est la classe la plus probable.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="261" />
        <source>8. What a loss is</source>
        <translation>8. Ce qu'est une fonction de perte</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="262" />
        <source>The loss is one number: how far the predictions are from the targets, averaged over the points. Watch it fall while the boundary forms.</source>
        <translation>La perte est un seul nombre : l'écart entre les prédictions et les cibles, en moyenne sur les points. Regardez-la baisser pendant que la frontière se forme.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="267" />
        <source>Switch between cross-entropy and mean squared error.</source>
        <translation>Passez de l'entropie croisée à l'erreur quadratique moyenne, et inversement.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="268" />
        <source>Both losses measure a distance, in different ways: squared error grows with the square of the gap, cross-entropy punishes confident mistakes hardest. Training only ever changes the weights and biases; the points and their labels never move.</source>
        <translation>Les deux fonctions de perte mesurent une distance, de façons différentes : l'erreur quadratique croît avec le carré de l'écart, l'entropie croisée punit le plus durement les erreurs commises avec assurance. L'entraînement ne change jamais que les poids et les biais ; les points et leurs étiquettes ne bougent pas.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="277" />
        <source>Use mean squared error</source>
        <translation>Utiliser l'erreur quadratique moyenne</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="278" />
        <source>The loss starts near 0.25 instead of 0.69, and falls.</source>
        <translation>La perte part d'environ 0,25 au lieu de 0,69, puis baisse.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="284" />
        <source>Compare both losses</source>
        <translation>Comparer les deux fonctions de perte</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="285" />
        <source>Two curves on the same data and seed.</source>
        <translation>Deux courbes sur les mêmes données et avec la même graine.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="293" />
        <source>9. The loss is a landscape</source>
        <translation>9. La perte est un paysage</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="294" />
        <source>Open the Loss landscape tab. On the left, the loss as one weight alone moves, with its tangent; on the right, the loss over a plane of weights, with the path training takes across it.</source>
        <translation>Ouvrez l'onglet Paysage de la perte. À gauche, la perte quand un seul poids varie, avec sa tangente ; à droite, la perte sur un plan de poids, traversé par le chemin que suit l'entraînement.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="300" />
        <source>Press Play and watch the red dot go downhill. Then pick the output bias (b3) and switch the drawn loss between cross-entropy and squared error.</source>
        <translation>Appuyez sur Lancer et regardez le point rouge descendre la pente. Choisissez ensuite le biais de sortie (b3) et passez la perte dessinée de l'entropie croisée à l'erreur quadratique.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="305" />
        <source>Training walks downhill with either loss. Far from the bottom, where the network is sure of itself and wrong, the cross-entropy curve keeps rising in a straight slope while squared error flattens out: cross-entropy still gives a strong gradient there, squared error almost none.</source>
        <translation>Avec l'une ou l'autre perte, l'entraînement descend. Loin du fond, là où le réseau se trompe avec assurance, la courbe de l'entropie croisée continue de monter en ligne droite tandis que l'erreur quadratique s'aplatit : l'entropie croisée y donne encore un gradient fort, l'erreur quadratique presque aucun.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="314" />
        <source>Train with mean squared error</source>
        <translation>Entraîner avec l'erreur quadratique moyenne</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="315" />
        <source>The path still goes downhill, more slowly.</source>
        <translation>Le chemin descend encore, plus lentement.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="319" />
        <source>Train with cross-entropy</source>
        <translation>Entraîner avec l'entropie croisée</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="320" />
        <source>Back to the steeper landscape.</source>
        <translation>Retour au paysage plus pentu.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="327" />
        <source>10. Outliers and the choice of loss</source>
        <translation>10. Valeurs aberrantes et choix de la perte</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="328" />
        <source>A straight-line fit (no hidden layer, linear output) to points on a tilted plane whose slope is 0.1 along x1 and along x2. Press Play, then read W1[0,0] under the Loss landscape tab: the fit finds 0.1.</source>
        <translation>Un ajustement linéaire (sans couche cachée, sortie linéaire) de points posés sur un plan incliné de pente 0.1 selon x1 comme selon x2. Appuyez sur Lancer, puis lisez W1[0,0] dans l'onglet Paysage de la perte : l'ajustement trouve 0.1.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="334" />
        <source>Add four outliers (points far below the others), train again, then retrain with mean absolute error and with the Huber loss.</source>
        <translation>Ajoutez quatre valeurs aberrantes (des points bien plus bas que les autres), entraînez de nouveau, puis réentraînez avec l'erreur absolue moyenne et avec la perte de Huber.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="339" />
        <source>Squared error grows with the square of each gap, so four bad points weigh as much as many good ones: both weights fall to about 0.05 and the fitted plane is half as steep. Absolute error and Huber grow only linearly for large gaps: their weights stay at 0.10 and 0.09, and the outliers are all but ignored.</source>
        <translation>L'erreur quadratique croît comme le carré de chaque écart : quatre mauvais points pèsent autant que beaucoup de bons, les deux poids tombent vers 0.05 et le plan ajusté est deux fois moins pentu. L'erreur absolue et Huber ne croissent que linéairement pour les grands écarts : leurs poids restent à 0.10 et 0.09, et les valeurs aberrantes sont presque ignorées.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="348" />
        <source>Add four outliers</source>
        <translation>Ajouter quatre valeurs aberrantes</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="349" />
        <source>The squared-error fit tilts towards them.</source>
        <translation>L'ajustement à l'erreur quadratique penche vers elles.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="353" />
        <source>Use mean absolute error</source>
        <translation>Utiliser l'erreur absolue moyenne</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="354" />
        <source>The fit stays on the plane.</source>
        <translation>L'ajustement reste sur le plan.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="358" />
        <source>Use the Huber loss</source>
        <translation>Utiliser la perte de Huber</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="359" />
        <source>Squared near the fit, linear far away: it barely moves either.</source>
        <translation>Quadratique près de l'ajustement, linéaire loin de lui : elle bouge à peine, elle aussi.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="368" />
        <source>11. Vanishing gradient, in slow motion</source>
        <translation>11. L'évanouissement du gradient, au ralenti</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="369" />
        <source>Five sigmoid hidden layers. Choose Training ▸ Step one batch, slowly, and press Next until the backward pass.</source>
        <translation>Cinq couches cachées sigmoïdes. Choisissez Entraînement ▸ Un lot, au ralenti, puis appuyez sur Suivante jusqu'à la rétropropagation.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="374" />
        <source>Walk the backward pass from the output to the input, watching the bars of ‖δ‖. Then switch to ReLU with He initialisation and walk it again.</source>
        <translation>Parcourez la rétropropagation de la sortie vers l'entrée en regardant les barres de ‖δ‖. Passez ensuite à ReLU avec l'initialisation de He et recommencez.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="379" />
        <source>Each sigmoid layer multiplies δ by f′(z), which is never above 0.25: by the first layer ‖δ‖ is more than a hundred times smaller than at the output, and the first layers barely learn. With ReLU (f′ = 1 where active) and He initialisation the bars stay within a factor of ten.</source>
        <translation>Chaque couche sigmoïde multiplie δ par f′(z), qui ne dépasse jamais 0.25 : à la première couche, ‖δ‖ est plus de cent fois plus petit qu'à la sortie, et les premières couches apprennent à peine. Avec ReLU (f′ = 1 là où le neurone est actif) et l'initialisation de He, les barres restent dans un facteur dix.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="388" />
        <source>Use ReLU with He initialisation</source>
        <translation>Utiliser ReLU avec l'initialisation de He</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="389" />
        <source>The ‖δ‖ bars are about the same height.</source>
        <translation>Les barres de ‖δ‖ ont à peu près la même hauteur.</translation>
    </message>
    <message>
        <location filename="../../lessons/catalog.py" line="394" />
        <source>f′ can reach 1: the gradient shrinks less than with sigmoid.</source>
        <translation>f′ peut atteindre 1 : le gradient diminue moins qu'avec la sigmoïde.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../engine/build.py" line="34" />
        <source>{where}.units must be a whole number from 1 to {maximum}, got {value}</source>
        <translation>{where}.units doit être un nombre entier de 1 à {maximum}, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="37" />
        <source>{where}.activation: {activation} is for the output layer only</source>
        <translation>{where}.activation : {activation} est réservée à la couche de sortie</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="40" />
        <source>task must be one of {choices}, got {value}</source>
        <translation>task doit valoir l'une de ces valeurs : {choices} ; valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="41" />
        <source>network.hidden has {count} layers; at most {maximum} are allowed</source>
        <translation>network.hidden compte {count} couches ; {maximum} au plus sont permises</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="44" />
        <source>data.dataset: {dataset} is a {data_task} dataset but the task is {task}</source>
        <translation>data.dataset : {dataset} est un jeu de données de {data_task}, mais la tâche est : {task}</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="47" />
        <source>training.learning_rate must be above 0 and at most {maximum}, got {value}</source>
        <translation>training.learning_rate doit être supérieur à 0 et valoir au plus {maximum}, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="63" />
        <source>{field} must be at most {maximum}, got {value}</source>
        <translation>{field} doit valoir au plus {maximum}, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="64" />
        <source>{field} must be a whole number from 0 to {maximum}, got {value}</source>
        <translation>{field} doit être un nombre entier de 0 à {maximum}, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="67" />
        <source>training.patience must be a whole number from 1 to {maximum}, got {value}</source>
        <translation>training.patience doit être un nombre entier de 1 à {maximum}, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="50" />
        <source>training.batch_size must be a whole number of at least 1, got {value}</source>
        <translation>training.batch_size doit être un nombre entier d'au moins 1, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="53" />
        <source>training.regularization must be one of {choices}, got {value}</source>
        <translation>training.regularization doit valoir l'une de ces valeurs : {choices} ; valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="57" />
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="58" />
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <location filename="../../engine/build.py" line="60" />
        <source>training.epochs must be a whole number of at least 0, got {value}</source>
        <translation>training.epochs doit être un nombre entier d'au moins 0, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="21" />
        <source>{where}: '{name}' must be true or false, got {value}</source>
        <translation>{where} : '{name}' doit valoir true ou false, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="22" />
        <source>{where}: '{name}' must be one of {choices}, got {value}</source>
        <translation>{where} : '{name}' doit valoir l'une de ces valeurs : {choices} ; valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="25" />
        <source>{where}: '{name}' must be a number, got {value}</source>
        <translation>{where} : '{name}' doit être un nombre, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="26" />
        <source>{where}: '{name}' must be finite, got {value}</source>
        <translation>{where} : '{name}' doit être un nombre fini, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="27" />
        <source>{where}: '{name}' must be a whole number, got {value}</source>
        <translation>{where} : '{name}' doit être un nombre entier, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="28" />
        <source>{where}: '{name}' must be at least {limit}, got {value}</source>
        <translation>{where} : '{name}' doit valoir au moins {limit}, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="29" />
        <source>{where}: '{name}' must be greater than {limit}, got {value}</source>
        <translation>{where} : '{name}' doit être supérieur à {limit}, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="32" />
        <source>{where}: '{name}' must be at most {limit}, got {value}</source>
        <translation>{where} : '{name}' doit valoir au plus {limit}, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="33" />
        <source>Unknown {kind} {name}; expected one of: {choices}</source>
        <translation>Nom inconnu ({kind}) : {name} ; noms possibles : {choices}</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="34" />
        <source>Unknown parameter {key} for {where}; expected {expected}</source>
        <translation>Paramètre inconnu {key} pour {where} ; paramètres possibles : {expected}</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="37" />
        <source>no parameters</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="38" />
        <source>{kind} '{name}'</source>
        <translation>{kind} '{name}'</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="40" />
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="41" />
        <source>initializer</source>
        <translation>initialisation</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="42" />
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="43" />
        <source>optimizer</source>
        <translation>optimiseur</translation>
    </message>
    <message>
        <location filename="../../engine/registry.py" line="44" />
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="94" />
        <source>{where}: {reason}</source>
        <translation>{where} : {reason}</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="95" />
        <source>got {value}</source>
        <translation>valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="49" />
        <source>{file}, line {line}</source>
        <extracomment>Coordinates beyond this size are refused: the view's bounds and the decision grid are computed from them, and spans near 1e308 overflow. Plain decimal or scientific notation only (Python's float() also takes 1_000, inf, and digits of other scripts).</extracomment>
        <translation>{file}, ligne {line}</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="50" />
        <source>{where}: the file does not exist.</source>
        <translation>{where} : le fichier n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="51" />
        <source>{where}: the file is not UTF-8 text.</source>
        <translation>{where} : le fichier n'est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="52" />
        <source>{where}: the file cannot be read ({reason}).</source>
        <translation>{where} : le fichier ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="53" />
        <source>{where}: found {count} data rows; at least {minimum} are needed.</source>
        <translation>{where} : {count} lignes de données trouvées ; il en faut au moins {minimum}.</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="56" />
        <source>{where}: the file is empty (no lines other than blanks and comments).</source>
        <translation>{where} : le fichier est vide (rien d'autre que des lignes blanches et des commentaires).</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="59" />
        <source>{where}: {reason}.</source>
        <translation>{where} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="60" />
        <source>{where}: more than {maximum} data rows; the limit is {maximum}.</source>
        <translation>{where} : plus de {maximum} lignes de données ; la limite est de {maximum}.</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="63" />
        <source>{where}: the header must name the columns x1, x2 and label (or target, or y), found {found}.</source>
        <translation>{where} : l'en-tête doit nommer les colonnes x1, x2 et label (ou target, ou y), trouvé : {found}.</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="67" />
        <source>{where}: expected 3 columns ({names}), found {count}.</source>
        <translation>{where} : 3 colonnes attendues ({names}), trouvées : {count}.</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="68" />
        <source>{where}: column {name} is empty.</source>
        <translation>{where} : la colonne {name} est vide.</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="69" />
        <source>{where}: {value} in column {name} is not a number.</source>
        <translation>{where} : {value} dans la colonne {name} n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="70" />
        <source>{where}: {value} in column {name} is not a finite number.</source>
        <translation>{where} : {value} dans la colonne {name} n'est pas un nombre fini.</translation>
    </message>
    <message>
        <location filename="../../engine/csvdata.py" line="73" />
        <source>{where}: {value} in column {name} is too large; coordinates must lie between -{maximum} and {maximum}.</source>
        <translation>{where} : {value} dans la colonne {name} est trop grand ; les coordonnées doivent être comprises entre -{maximum} et {maximum}.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="297" />
        <source>n_points must be a whole number from {minimum} to {maximum}, got {value}.</source>
        <translation>n_points doit être un nombre entier de {minimum} à {maximum}, valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="300" />
        <source>noise must be a number from 0 to 1, got {value}.</source>
        <translation>noise doit être un nombre de 0 à 1, valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="301" />
        <source>train_ratio must be between 0 and 1 (exclusive), got {value}.</source>
        <translation>train_ratio doit être strictement compris entre 0 et 1, valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="304" />
        <source>seed must be a whole number of at least 0, got {value}.</source>
        <translation>seed doit être un nombre entier d'au moins 0, valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="307" />
        <source>seed must be at most {maximum}, got {value}.</source>
        <translation>seed doit valoir au plus {maximum}, valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="308" />
        <source>{file}: the label {value} in data row {row} is not a whole number; a classification task needs class labels such as 0 and 1.</source>
        <translation>{file} : l'étiquette {value} de la ligne de données {row} n'est pas un nombre entier ; une tâche de classification demande des étiquettes de classe comme 0 et 1.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="313" />
        <source>{file}: every label is {value}; a classification task needs at least two classes.</source>
        <translation>{file} : toutes les étiquettes valent {value} ; une tâche de classification demande au moins deux classes.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="317" />
        <source>{file}: {count} different labels; a classification task takes at most {maximum} classes (is this a regression task?).</source>
        <translation>{file} : {count} étiquettes différentes ; une tâche de classification accepte au plus {maximum} classes (s'agit-il d'une tâche de régression ?).</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="355" />
        <source>Edited data needs {minimum} to {maximum} points (at least one to train on and one to test), got {value}.</source>
        <translation>Les données modifiées demandent de {minimum} à {maximum} points (au moins un pour l'entraînement et un pour le test), valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="360" />
        <source>Edited data needs at least one training point and one test point.</source>
        <translation>Les données modifiées demandent au moins un point d'entraînement et un point de test.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="363" />
        <source>Edited data needs two finite coordinates and one label for each point.</source>
        <translation>Les données modifiées demandent deux coordonnées finies et une étiquette par point.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="366" />
        <source>The label {value} of edited point {row} is not a class from 0 to {maximum}.</source>
        <translation>L'étiquette {value} du point modifié {row} n'est pas une classe de 0 à {maximum}.</translation>
    </message>
    <message>
        <location filename="../../engine/datasets.py" line="369" />
        <source>The target of edited point {row} must be a finite number, got {value}.</source>
        <translation>La cible du point modifié {row} doit être un nombre fini, valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="51" />
        <location filename="../../presets/runfile.py" line="52" />
        <source>{source}: could not be read: {reason}.</source>
        <translation>{source} : lecture impossible : {reason}.</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="52" />
        <source>{source}: not valid UTF-8 text at byte {byte}.</source>
        <translation>{source} : texte UTF-8 invalide à l'octet {byte}.</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="53" />
        <source>{source}: not valid JSON at line {line}, column {column}: {reason}.</source>
        <translation>{source} : JSON invalide à la ligne {line}, colonne {column} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="56" />
        <source>{source}: not valid JSON: the key {key} appears twice in one object.</source>
        <translation>{source} : JSON invalide : la clé {key} apparaît deux fois dans un même objet.</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="59" />
        <source>{source}: not valid JSON: {reason}.</source>
        <translation>{source} : JSON invalide : {reason}.</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="60" />
        <source>it is nested too deeply</source>
        <translation>il est imbriqué trop profondément</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="61" />
        <source>{source}: {clause}.</source>
        <translation>{source} : {clause}.</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="62" />
        <source>{source} {text}</source>
        <translation>{source} {text}</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="63" />
        <source>The preset is not valid: {clause}.</source>
        <translation>Le préréglage n'est pas valide : {clause}.</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="64" />
        <source>Could not save to {path}: {reason}.</source>
        <translation>Impossible d'enregistrer dans {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="67" />
        <source>Expecting value</source>
        <extracomment>The json module's most common complaints, in words a translator can reach.</extracomment>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="68" />
        <source>Expecting ',' delimiter</source>
        <translation>séparateur ',' attendu</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="69" />
        <source>Expecting ':' delimiter</source>
        <translation>séparateur ':' attendu</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="70" />
        <source>Expecting property name enclosed in double quotes</source>
        <translation>nom de champ entre guillemets doubles attendu</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="73" />
        <source>Unterminated string starting at</source>
        <translation>chaîne non terminée commençant à</translation>
    </message>
    <message>
        <location filename="../../presets/io.py" line="76" />
        <source>Extra data</source>
        <translation>données en trop après la fin</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="22" />
        <source>{path} {text}</source>
        <translation>{path} {text}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="23" />
        <source>the preset</source>
        <translation>le préréglage</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="24" />
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="25" />
        <source>is not a known field (expected one of {known})</source>
        <translation>n'est pas un champ connu (champs possibles : {known})</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="26" />
        <source>must be {types}, {got}</source>
        <translation>doit être {types}, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="27" />
        <source>{left} or {right}</source>
        <translation>{left} ou {right}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="28" />
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="30" />
        <source>is nested too deeply</source>
        <translation>est imbriqué trop profondément</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="31" />
        <source>has a key that is not text ({type})</source>
        <translation>a une clé qui n'est pas du texte ({type})</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="32" />
        <source>must be valid Unicode text, but character {index} is a lone surrogate, {got}</source>
        <translation>doit être un texte Unicode valide, mais le caractère {index} est un demi-codet isolé, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="35" />
        <source>is a key that is not valid Unicode text (character {index} is a lone surrogate)</source>
        <translation>est une clé qui n'est pas un texte Unicode valide (le caractère {index} est un demi-codet isolé)</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="39" />
        <source>must be a finite number, {got}</source>
        <translation>doit être un nombre fini, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="40" />
        <source>is far too large, got a number with about {digits} digits</source>
        <translation>est bien trop grand : un nombre d'environ {digits} chiffres</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="43" />
        <source>must be a JSON value, got a {type} object</source>
        <translation>doit être une valeur JSON, pas un objet {type}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="44" />
        <source>must be a JSON object, {got}</source>
        <translation>doit être un objet JSON, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="45" />
        <source>format is missing; a preset starts with "format": "{format}"</source>
        <translation>format est absent ; un préréglage commence par "format": "{format}"</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="48" />
        <source>must be "{format}", {got}</source>
        <translation>doit valoir "{format}", {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="49" />
        <source>version is missing; this nnplayground reads up to {version}</source>
        <translation>version est absent ; cette version de nnplayground lit jusqu'à la version {version}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="52" />
        <source>was written by a newer nnplayground (version {version}); this version reads up to {current}.</source>
        <translation>a été écrit par une version plus récente de nnplayground (version {version}) ; cette version lit jusqu'à la version {current}.</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="56" />
        <source>{text} (after upgrading the file from version {version})</source>
        <translation>{text} (après mise à jour du fichier depuis la version {version})</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="57" />
        <source>is not a parameter of {name} (it takes {takes})</source>
        <translation>n'est pas un paramètre de {name} (paramètres possibles : {takes})</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="58" />
        <source>must be true or false, {got}</source>
        <translation>doit valoir true ou false, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="59" />
        <source>must be one of {limit}, {got}</source>
        <translation>doit valoir l'une de ces valeurs : {limit} ; {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="60" />
        <source>must be a number, {got}</source>
        <translation>doit être un nombre, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="61" />
        <source>must be finite, {got}</source>
        <translation>doit être un nombre fini, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="62" />
        <source>must be a whole number, {got}</source>
        <translation>doit être un nombre entier, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="63" />
        <source>must have {count} entries (one per layer), got {size}</source>
        <translation>doit avoir {count} entrées (une par couche), trouvées : {size}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="66" />
        <source>do not fit the network: {reason}</source>
        <translation>ne correspondent pas au réseau : {reason}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="67" />
        <source>must have as many values as train_loss ({length}), got {size}</source>
        <translation>doit avoir autant de valeurs que train_loss ({length}), valeur reçue : {size}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="70" />
        <source>holds {size} epochs; at most {maximum} are kept in a preset</source>
        <translation>contient {size} époques ; un préréglage en garde au plus {maximum}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="73" />
        <source>must be a share from 0 to 1, got {value}</source>
        <translation>doit être une proportion de 0 à 1, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="74" />
        <source>is given for classification only; this preset is a regression</source>
        <translation>n'existe que pour une classification ; ce préréglage est une régression</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="77" />
        <source>must have the same length as row 0 ({length}), got {size}</source>
        <translation>doit avoir la même longueur que la ligne 0 ({length}), longueur reçue : {size}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="80" />
        <source>must have shape {shape}, got {size}</source>
        <translation>doit avoir la forme {shape}, forme reçue : {size}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="153" />
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="154" />
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="155" />
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="156" />
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="157" />
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="158" />
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="163" />
        <source>must be at least {limit}, {got}</source>
        <translation>doit valoir au moins {limit}, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="164" />
        <source>must be at most {limit}, {got}</source>
        <translation>doit valoir au plus {limit}, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="165" />
        <source>must be greater than {limit}, {got}</source>
        <translation>doit être supérieur à {limit}, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="166" />
        <source>must be less than {limit}, {got}</source>
        <translation>doit être inférieur à {limit}, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="167" />
        <source>must be one of {limit}; {got}</source>
        <translation>doit valoir l'une de ces valeurs : {limit} ; {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="168" />
        <source>must be {limit}, {got}</source>
        <translation>doit valoir {limit}, {got}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="169" />
        <source>must have at least {limit} entries, got {size}</source>
        <translation>doit avoir au moins {limit} entrées, trouvées : {size}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="170" />
        <source>must have at most {limit} entries, got {size}</source>
        <translation>doit avoir au plus {limit} entrées, trouvées : {size}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="171" />
        <source>must be at least {limit} characters long, got {size}</source>
        <translation>doit compter au moins {limit} caractères, trouvés : {size}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="174" />
        <source>must be at most {limit} characters long, got {size}</source>
        <translation>doit compter au plus {limit} caractères, trouvés : {size}</translation>
    </message>
    <message>
        <location filename="../../presets/messages.py" line="177" />
        <source>must not list the same value twice, {got}</source>
        <translation>ne doit pas contenir deux fois la même valeur, {got}</translation>
    </message>
    <message>
        <location filename="../../engine/compare.py" line="53" />
        <source>Write the setting to vary as variable=value1,value2 (e.g. activation=sigmoid,tanh,relu), got {text}.</source>
        <extracomment>The settings the compare dialog offers (chosen from lists, or learning rates typed). How much of a result is luck: the seed, and the initial scale (a multiplier on every kernel initializer's spread). Kept apart so the compare dialog, which lists VARIABLES, keeps working until it offers them; the CLI and the engine accept ALL_VARIABLES.</extracomment>
        <translation>Indiquez le réglage à faire varier sous la forme variable=valeur1,valeur2 (par exemple activation=sigmoid,tanh,relu), reçu : {text}.</translation>
    </message>
    <message>
        <location filename="../../engine/compare.py" line="58" />
        <source>Cannot vary {variable}; choose one of: {choices}.</source>
        <translation>Impossible de faire varier {variable} ; choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <location filename="../../engine/compare.py" line="59" />
        <source>Give {minimum} to {maximum} values to compare for {variable}, got {count}.</source>
        <translation>Donnez de {minimum} à {maximum} valeurs à comparer pour {variable} (reçues : {count}).</translation>
    </message>
    <message>
        <location filename="../../engine/compare.py" line="62" />
        <source>{value} is the same {variable} as {other}; each value may appear once.</source>
        <translation>{value} est la même valeur de {variable} que {other} ; chaque valeur ne peut apparaître qu'une fois.</translation>
    </message>
    <message>
        <location filename="../../engine/compare.py" line="65" />
        <source>Learning rate {value} is not a number.</source>
        <translation>Le taux d'apprentissage {value} n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../engine/compare.py" line="66" />
        <source>Learning rate {value} must be a finite number above 0.</source>
        <translation>Le taux d'apprentissage {value} doit être un nombre fini supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../../engine/compare.py" line="67" />
        <source>Seed {value} must be a whole number from 0 to {maximum}.</source>
        <translation>La graine {value} doit être un nombre entier de 0 à {maximum}.</translation>
    </message>
    <message>
        <location filename="../../engine/compare.py" line="70" />
        <source>Initial scale {value} must be a finite number above 0 and at most 100.</source>
        <translation>L'échelle initiale {value} doit être un nombre fini supérieur à 0 et au plus 100.</translation>
    </message>
    <message>
        <location filename="../../engine/compare.py" line="73" />
        <source>the network has no hidden layers whose activation could vary</source>
        <translation>le réseau n'a aucune couche cachée dont l'activation pourrait varier</translation>
    </message>
    <message>
        <location filename="../../engine/compare.py" line="76" />
        <source>{variable}={value} cannot be trained: {reason}</source>
        <translation>{variable}={value} ne peut pas être entraîné : {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/compare.py" line="77" />
        <source>epochs must be a whole number of at least 1, got {value}</source>
        <translation>epochs doit être un nombre entier d'au moins 1, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../../engine/features.py" line="42" />
        <source>Features must be a list of names, not the single string {name!r}.</source>
        <translation>Les caractéristiques d'entrée doivent être une liste de noms, pas la seule chaîne {name!r}.</translation>
    </message>
    <message>
        <location filename="../../engine/features.py" line="45" />
        <source>At least one input feature is needed; choose from: {expected}.</source>
        <translation>Il faut au moins une caractéristique d'entrée ; choisir parmi : {expected}.</translation>
    </message>
    <message>
        <location filename="../../engine/features.py" line="48" />
        <source>Unknown feature {name!r}; expected one of: {expected}</source>
        <translation>Caractéristique inconnue {name!r} ; attendue parmi : {expected}</translation>
    </message>
    <message>
        <location filename="../../engine/features.py" line="51" />
        <source>Feature {name!r} is listed twice; each feature may appear once.</source>
        <translation>La caractéristique {name!r} figure deux fois ; chacune ne peut apparaître qu'une fois.</translation>
    </message>
    <message>
        <location filename="../../engine/losses.py" line="164" />
        <source>{loss} compares class probabilities; a regression needs a distance such as {distance}.</source>
        <extracomment>Output activation this loss is fused with (its gradient is taken w.r.t. logits). A fused loss needs exactly that activation on the output layer. "classification" for a loss that compares class probabilities; None: any task. The problem kind (see :func:`problem_kind`) this loss is the starting choice for, and the output activation it starts with.</extracomment>
        <translation>{loss} compare des probabilités de classes ; une régression a besoin d'une distance, comme {distance}.</translation>
    </message>
    <message>
        <location filename="../../engine/losses.py" line="168" />
        <source>{n} classes need a {activation} output with {loss}.</source>
        <translation>{n} classes demandent une sortie {activation} avec {loss}.</translation>
    </message>
    <message>
        <location filename="../../engine/losses.py" line="171" />
        <source>{activation} needs three or more output units; use {single} for one output.</source>
        <translation>{activation} demande au moins trois neurones de sortie ; utilisez {single} pour une seule sortie.</translation>
    </message>
    <message>
        <location filename="../../engine/losses.py" line="174" />
        <source>{loss} needs three or more classes; use {binary} for two.</source>
        <translation>{loss} demande au moins trois classes ; utilisez {binary} pour deux classes.</translation>
    </message>
    <message>
        <location filename="../../engine/losses.py" line="177" />
        <source>{loss} reads the output as a probability, so it needs a {fused} output, not {activation}.</source>
        <translation>{loss} lit la sortie comme une probabilité : il lui faut une sortie {fused}, pas {activation}.</translation>
    </message>
    <message>
        <location filename="../../fileio.py" line="36" />
        <source>it is not a regular file</source>
        <translation>ce n'est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../fileio.py" line="37" />
        <source>it is a folder</source>
        <translation>c'est un dossier</translation>
    </message>
    <message>
        <location filename="../../fileio.py" line="38" />
        <source>it is larger than {limit}, the most a file of this kind may hold</source>
        <translation>il dépasse {limit}, la taille maximale pour ce type de fichier</translation>
    </message>
    <message>
        <location filename="../../presets/weights.py" line="51" />
        <source>holds {count} {what}, more than any preset can (at most {maximum}); it is not a preset</source>
        <extracomment>Numbers the weights of the largest network hold (kernels and biases). Lists: a valid preset has one per kernel row plus a few (and brackets inside its text: a description holds at most 10,000 characters). Ten times that is still parsed at once. Commas: about one per number or list, plus those in text and between fields. The history section's columns, in the order of engine.history.COLUMNS.</extracomment>
        <translation>contient {count} {what}, plus qu'aucun préréglage ne peut en contenir (au plus {maximum}) ; ce n'est pas un préréglage</translation>
    </message>
    <message>
        <location filename="../../presets/weights.py" line="55" />
        <source>lists</source>
        <translation>listes</translation>
    </message>
    <message>
        <location filename="../../presets/weights.py" line="56" />
        <source>values</source>
        <translation>valeurs</translation>
    </message>
    <message>
        <location filename="../../engine/explain.py" line="124" />
        <source>{share:.0%} of the units of hidden layer {layer} are saturated: f′(z) is almost 0 for most points, so they pass back almost no gradient.</source>
        <extracomment>A hidden layer is reported when more than this share of its units is saturated. ... or when at least this share of its ReLU units is dead. Two hidden units count as identical when their incoming weights, bias and outgoing weights differ by at most this fraction of their size. (The diagnostics' cosine "symmetry" alone is not enough: with two inputs, two of 32 random units often point the same way. The GUI keeps its own cosine thresholds, 0.9999 and 0.999.) Plateau: over the last PLATEAU_WINDOW epochs the train loss fell by less than PLATEAU_CHANGE (relative) while still above PLATEAU_LEVEL × the first epoch's loss. Divergence: the trainer stopped on NaN/inf, or the train loss grew this many times. Overfitting: over the last OVERFIT_WINDOW epochs the test loss rose by more than OVERFIT_RISE (relative to its lowest value in the window, and by at least OVERFIT_MIN_RISE in loss units) while the train loss fell. Vanishing gradient: ‖δ‖ of the first layer below this fraction of the last one's.</extracomment>
        <translation>{share:.0%} des neurones de la couche cachée {layer} sont saturés : f′(z) est presque nul pour la plupart des points, ils ne renvoient donc presque aucun gradient.</translation>
    </message>
    <message>
        <location filename="../../engine/explain.py" line="129" />
        <source>{share:.0%} of the ReLU units of hidden layer {layer} are dead: z ≤ 0 for every training point, so their output and their gradient are 0 and they cannot recover.</source>
        <translation>{share:.0%} des neurones ReLU de la couche cachée {layer} sont morts : z ≤ 0 pour chaque point d'entraînement, leur sortie et leur gradient valent 0 et ils ne peuvent plus repartir.</translation>
    </message>
    <message>
        <location filename="../../engine/explain.py" line="134" />
        <source>Hidden layer {layer} has identical units (their weights differ by {distance:.1e} of their size): they started equal, get equal updates and act as a single unit.</source>
        <translation>La couche cachée {layer} contient des neurones identiques (leurs poids diffèrent de {distance:.1e} de leur taille) : partis égaux, ils reçoivent les mêmes mises à jour et se comportent comme un seul neurone.</translation>
    </message>
    <message>
        <location filename="../../engine/explain.py" line="139" />
        <source>The training loss is on a plateau: it fell by {change:.1%} over the last {epochs} epochs and is still {loss:.3g}.</source>
        <translation>La perte d'entraînement stagne : elle n'a baissé que de {change:.1%} au cours des {epochs} dernières époques et vaut encore {loss:.3g}.</translation>
    </message>
    <message>
        <location filename="../../engine/explain.py" line="144" />
        <source>Training diverged: the loss grew to {loss:.3g} (first epoch: {first:.3g}) or became infinite; the steps are too large for this landscape.</source>
        <translation>L'entraînement a divergé : la perte est montée à {loss:.3g} (première époque : {first:.3g}) ou est devenue infinie ; les pas sont trop grands pour ce paysage.</translation>
    </message>
    <message>
        <location filename="../../engine/explain.py" line="149" />
        <source>Overfitting: over the last {epochs} epochs the test loss rose by {rise:.0%} while the training loss kept falling; the network is learning the training points by heart.</source>
        <translation>Surapprentissage : au cours des {epochs} dernières époques, la perte de test a augmenté de {rise:.0%} alors que la perte d'entraînement continuait de baisser ; le réseau apprend les points d'entraînement par cœur.</translation>
    </message>
    <message>
        <location filename="../../engine/explain.py" line="154" />
        <source>The gradient vanishes towards the input: ‖δ‖ of the first layer is {ratio:.1e} times that of the last, so the first layers barely learn.</source>
        <translation>Le gradient s'évanouit vers l'entrée : le ‖δ‖ de la première couche vaut {ratio:.1e} fois celui de la dernière, les premières couches n'apprennent presque pas.</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="161" />
        <source>Use Glorot initialisation</source>
        <extracomment>For each initializer parameter, the power of the weight scale it goes with: a weight s times larger has s times the stddev, bounds, value or gain, and s² times the variance scale of the variance-scaling initializers (glorot, he, lecun). The button text of each fix.</extracomment>
        <translation>Utiliser l'initialisation de Glorot</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="162" />
        <source>Use small random initial weights</source>
        <translation>Utiliser de petits poids initiaux aléatoires</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="163" />
        <source>Use Leaky ReLU</source>
        <translation>Utiliser Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="164" />
        <source>Use ReLU with He initialisation</source>
        <translation>Utiliser ReLU avec l'initialisation de He</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="165" />
        <source>Divide the learning rate by 10</source>
        <translation>Diviser le taux d'apprentissage par 10</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="166" />
        <source>Use Adam (learning rate 0.01)</source>
        <translation>Utiliser Adam (taux d'apprentissage 0,01)</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="167" />
        <source>Add L2 regularization</source>
        <translation>Ajouter une régularisation L2</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="168" />
        <source>Leaky ReLU (slope 0.1)</source>
        <translation>Leaky ReLU (pente 0,1)</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="169" />
        <source>He initialisation</source>
        <translation>Initialisation de He</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="170" />
        <source>Zero initial biases</source>
        <translation>Biais initiaux nuls</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="171" />
        <source>Initial weights 10 times smaller</source>
        <translation>Poids initiaux 10 fois plus petits</translation>
    </message>
    <message>
        <location filename="../../engine/explain_fixes.py" line="172" />
        <source>Cross-entropy instead of squared error</source>
        <translation>Entropie croisée au lieu de l'erreur quadratique</translation>
    </message>
    <message>
        <location filename="../../engine/training.py" line="50" />
        <source>Training diverged at epoch {epoch}: the loss became NaN or infinite. The learning rate is probably too high; try a value 10 times smaller. The weights from the last finite epoch were kept.</source>
        <extracomment>Multiply-adds of one evaluation chunk (~30 ms on one laptop core). Evaluating a set that needs more than EVAL_WHOLE_WORK goes in chunks of this size, and the loop looks at its control between them; smaller sets (every bundled preset) go in one pass, exactly as before. Chunked sums round differently in the last bit, identically on every run. Longest nap of a speed-limited loop before it looks at its settings again (a raised limit takes effect within this); pause and stop wake it at once.</extracomment>
        <translation>L'entraînement a divergé à l'époque {epoch} : la perte est devenue NaN ou infinie. Le taux d'apprentissage est sans doute trop grand ; essayez une valeur 10 fois plus petite. Les poids de la dernière époque finie ont été conservés.</translation>
    </message>
    <message>
        <location filename="../../engine/training.py" line="56" />
        <source>Training diverged at epoch {epoch}: the weights became NaN or infinite. The learning rate is probably too high; try a value 10 times smaller. The weights from the last finite epoch were kept.</source>
        <translation>L'entraînement a divergé à l'époque {epoch} : les poids sont devenus NaN ou infinis. Le taux d'apprentissage est sans doute trop grand ; essayez une valeur 10 fois plus petite. Les poids de la dernière époque finie ont été conservés.</translation>
    </message>
    <message>
        <location filename="../../engine/seeds.py" line="30" />
        <source>The number of seeds must be a whole number from 2 to {maximum}, got {value}.</source>
        <translation>Le nombre de graines doit être un nombre entier de 2 à {maximum}, valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../../engine/seeds.py" line="33" />
        <source>Final test loss over {n} seeds: median {median:.3g}, 10–90 % from {low:.3g} to {high:.3g} (min {lowest:.3g}, max {highest:.3g}).</source>
        <translation>Perte de test finale sur {n} graines : médiane {median:.3g}, 10–90 % de {low:.3g} à {high:.3g} (min {lowest:.3g}, max {highest:.3g}).</translation>
    </message>
    <message>
        <location filename="../../engine/whatif.py" line="45" />
        <source>{fix}: {symptom} {before} → {after}, test loss {test_before} → {test_after} after {epochs} epochs.</source>
        <extracomment>The fixes tried for each symptom, most likely cure first (2 to 4 each). Snapshots examined to find when a symptom appeared (evenly spread over the timeline).</extracomment>
        <translation>{fix} : {symptom} {before} → {after}, perte de test {test_before} → {test_after} après {epochs} époques.</translation>
    </message>
    <message>
        <location filename="../../engine/whatif.py" line="50" />
        <source>None of the fixes tried cured it. {result}</source>
        <translation>Aucun des remèdes essayés ne l'a guéri. {result}</translation>
    </message>
    <message>
        <location filename="../../engine/whatif.py" line="52" />
        <source>dead units</source>
        <translation>neurones morts</translation>
    </message>
    <message>
        <location filename="../../engine/whatif.py" line="53" />
        <source>saturated units</source>
        <translation>neurones saturés</translation>
    </message>
    <message>
        <location filename="../../engine/whatif.py" line="54" />
        <source>distance between the closest units</source>
        <translation>distance entre les neurones les plus proches</translation>
    </message>
    <message>
        <location filename="../../engine/whatif.py" line="55" />
        <location filename="../../engine/whatif.py" line="56" />
        <source>train loss</source>
        <translation>perte d'entraînement</translation>
    </message>
    <message>
        <location filename="../../engine/whatif.py" line="57" />
        <source>first/last ‖δ‖</source>
        <translation>‖δ‖ première/dernière</translation>
    </message>
    <message>
        <location filename="../../engine/whatif.py" line="58" />
        <source>test loss rise</source>
        <translation>hausse de la perte de test</translation>
    </message>
    <message>
        <location filename="../../presets/runfile.py" line="51" />
        <source>{source}: {reason}.</source>
        <extracomment>Largest run file read (the 200 MB timeline budget per branch, compressed, fits). Largest inflated member (guards against zip bombs).</extracomment>
        <translation>{source} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../presets/runfile.py" line="53" />
        <source>not a run file (not a zip archive, or truncated)</source>
        <translation>ce n'est pas un fichier de run (pas une archive zip, ou tronquée)</translation>
    </message>
    <message>
        <location filename="../../presets/runfile.py" line="54" />
        <source>the member {member} is missing</source>
        <translation>le membre {member} manque</translation>
    </message>
    <message>
        <location filename="../../presets/runfile.py" line="55" />
        <source>the member {member} is damaged: {reason}</source>
        <translation>le membre {member} est endommagé : {reason}</translation>
    </message>
    <message>
        <location filename="../../presets/runfile.py" line="56" />
        <source>run.json is not a run description: {reason}</source>
        <translation>run.json n'est pas une description de run : {reason}</translation>
    </message>
    <message>
        <location filename="../../presets/runfile.py" line="57" />
        <source>{member} does not fit its preset: {reason}</source>
        <translation>{member} ne correspond pas à son préréglage : {reason}</translation>
    </message>
    <message>
        <location filename="../../presets/runfile.py" line="58" />
        <source>Could not save the run to {path}: {reason}.</source>
        <translation>Impossible d'enregistrer le run dans {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../presets/runfile.py" line="59" />
        <source>{name} has no finished epoch to save yet; let it finish the epoch first.</source>
        <translation>{name} n'a encore aucune époque terminée à enregistrer ; laissez-la finir l'époque d'abord.</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../panels/help_texts.py" line="241" />
        <source>Three blobs (softmax)</source>
        <extracomment>Titles of the bundled and lesson presets (stored in English in their JSON files).</extracomment>
        <translation>Trois amas (softmax)</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="242" />
        <source>Circle (the Playground's default)</source>
        <translation>Cercle (le choix par défaut du Playground)</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="243" />
        <source>Two clouds, no hidden layer</source>
        <translation>Deux nuages, sans couche cachée</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="244" />
        <source>Gaussian bumps (regression)</source>
        <translation>Bosses gaussiennes (régression)</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="245" />
        <source>Half-moons</source>
        <translation>Demi-lunes</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="246" />
        <source>Tilted plane (regression)</source>
        <translation>Plan incliné (régression)</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="247" />
        <source>Positive prices (regression)</source>
        <translation>Prix positifs (régression)</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="248" />
        <source>Sine waves (regression)</source>
        <translation>Ondes sinusoïdales (régression)</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="249" />
        <source>Spiral with sine features</source>
        <translation>Spirale avec caractéristiques sinus</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="250" />
        <source>XOR quadrants</source>
        <translation>Quadrants XOR</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="251" />
        <source>Lesson 2: sigmoid vs tanh vs ReLU</source>
        <translation>Leçon 2 : sigmoïde, tanh ou ReLU</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="252" />
        <source>Lesson 4: dying ReLU</source>
        <translation>Leçon 4 : neurones ReLU morts</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="253" />
        <source>Lesson 6: initial scale in depth</source>
        <translation>Leçon 6 : échelle initiale en profondeur</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="254" />
        <source>Lesson 1: linear layers on XOR</source>
        <translation>Leçon 1 : couches linéaires sur XOR</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="255" />
        <source>Lesson 7: output layer and loss</source>
        <translation>Leçon 7 : couche de sortie et fonction de perte</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="256" />
        <source>Lesson 3: saturated sigmoid units</source>
        <translation>Leçon 3 : neurones sigmoïdes saturés</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="257" />
        <source>Lesson 8: what a loss is</source>
        <translation>Leçon 8 : ce qu'est une fonction de perte</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="258" />
        <source>Lesson 5: zero initialisation</source>
        <translation>Leçon 5 : initialisation à zéro</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="259" />
        <source>Lesson 9: the loss is a landscape</source>
        <translation>Leçon 9 : la perte est un paysage</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="260" />
        <source>Lesson 10: outliers and the choice of loss</source>
        <translation>Leçon 10 : valeurs aberrantes et choix de la perte</translation>
    </message>
    <message>
        <location filename="../panels/help_texts.py" line="261" />
        <source>Lesson 11: vanishing gradient in slow motion</source>
        <translation>Leçon 11 : l'évanouissement du gradient au ralenti</translation>
    </message>
</context>
</TS>